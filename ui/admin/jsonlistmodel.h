// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Switchboard {

// A table over a list of API objects (endpoints, functions, sources, rules,
// inbound entries). Each admin page declares its columns, in the order of its
// own column enum, as a header and a function from the object to what is
// shown; the objects themselves are kept so an editor can open one.
// Replacing the rows keeps nothing else. GUI thread only.
class JsonListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonListModel)
public:
    struct Column
    {
        QString header;
        std::function<QVariant(const QJsonObject &, int role)> value;
    };

    explicit JsonListModel(QList<Column> columns, QObject *parent = nullptr);

    void setRows(const QList<QJsonObject> &rows);
    // The objects of an API list ({"endpoints": [...]}'s array), each a row.
    void setRows(const QJsonArray &array);
    // Replaces the row whose `key` member equals the given one's (or appends it).
    void upsert(const QJsonObject &row, const QString &key = QStringLiteral("name"));
    const QList<QJsonObject> &rows() const { return m_rows; }
    QJsonObject row(int r) const { return m_rows.value(r); }
    int find(const QString &value, const QString &key = QStringLiteral("name")) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Column> m_columns;
    QList<QJsonObject> m_rows;
};

} // namespace Switchboard
