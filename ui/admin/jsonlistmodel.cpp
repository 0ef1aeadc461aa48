// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlistmodel.h"

namespace Switchboard {

JsonListModel::JsonListModel(QList<Column> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{ }

void JsonListModel::setRows(const QList<QJsonObject> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void JsonListModel::setRows(const QJsonArray &array)
{
    QList<QJsonObject> rows;
    rows.reserve(array.size());
    for (const QJsonValue &v : array)
        rows << v.toObject();
    setRows(rows);
}

void JsonListModel::upsert(const QJsonObject &row, const QString &key)
{
    const int r = find(row.value(key).toString(), key);
    if (r >= 0) {
        m_rows[r] = row;
        Q_EMIT dataChanged(index(r, 0), index(r, columnCount() - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
}

int JsonListModel::find(const QString &value, const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(key).toString() == value)
            return i;
    return -1;
}

int JsonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JsonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant JsonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &col = m_columns.at(index.column());
    if (!col.value)
        return {};
    return col.value(m_rows.at(index.row()), role);
}

QVariant JsonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_columns.size())
        return {};
    return m_columns.at(section).header;
}

} // namespace Switchboard
