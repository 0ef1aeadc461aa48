// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlstore.h"
#include "ui/deliveryrow.h"

#include <QAbstractTableModel>

namespace Switchboard {

class StoreReader;

// Deliveries matching a filter as table rows, newest first, paged over the
// store's cursor (canFetchMore/fetchMore): the view asks for the next page when
// it scrolls near the end, the StoreReader reads it on its thread, and the rows
// are appended when it answers. refreshHead() merges the newest page in place
// (new rows, changed states, rows that left the filter) so the selection and
// the scroll position survive a refresh. GUI thread only.
class DeliveryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryModel)
public:
    enum Column {
        Created,
        Endpoint,
        EventType,
        Status,
        Attempts,
        LastResult,
        NextAttempt,
        Reason,
        CallId,
        Id,
        Action, // a one-click replay button (ReplayButtonDelegate)
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StatusRole,
    };

    explicit DeliveryModel(StoreReader *reader, QObject *parent = nullptr);

    void setFilter(const DeliveryFilter &filter); // clears and loads the first page
    DeliveryFilter filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    void refreshHead();
    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }

    const DeliveryRow *rowAt(int row) const;
    int rowOf(const QString &id) const; // -1 when not loaded
    // Rows whose state changed by an operator's action and may have left the filter.
    void removeIds(const QStringList &ids);
    bool isLoading() const { return m_fetchTicket != 0; }
    bool atEnd() const { return m_cursor.isEmpty() && m_loadedOnce; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString statusText(DeliveryStatus status);
    static QString resultText(int statusCode, AttemptError error);
    static bool canReplay(DeliveryStatus status);
    static bool canDiscard(DeliveryStatus status);

Q_SIGNALS:
    void pageLoaded();
    void loadFailed(const QString &message);

private:
    void onPage(quint64 ticket, const DeliveryRowPage &page);
    void mergeHead(const DeliveryRowPage &page);

    StoreReader *m_reader;
    DeliveryFilter m_filter;
    QList<DeliveryRow> m_rows; // id descending
    QString m_cursor; // the next page starts below this id; empty: at the end
    bool m_loadedOnce = false;
    int m_pageSize = 2000;
    quint64 m_fetchTicket = 0;
    quint64 m_headTicket = 0;
};

} // namespace Switchboard
