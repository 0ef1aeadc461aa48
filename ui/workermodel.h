// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Switchboard {

// The fleet as GET /v1/workers lists it: one row per engine sharing the
// database, with how long ago it last wrote its heartbeat. A worker whose
// heartbeat is older than staleAfterMs() (it writes one every 2 s) is marked
// stale: it died, or lost the database. setWorkers() keeps the rows in place
// when the same workers answer again, so a selection survives a refresh.
// GUI thread only.
class WorkerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerModel)
public:
    enum Column { Id, Host, Version, Started, InFlight, LastClaim, Heartbeat, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, StaleRole };

    explicit WorkerModel(QObject *parent = nullptr);

    // The "workers" array of GET /v1/workers, aged against now.
    void setWorkers(const QJsonArray &workers, const QDateTime &now);
    void clear();

    static qint64 staleAfterMs() { return 10000; }
    bool isStale(int row) const;
    int staleCount() const;
    int inFlightTotal() const;
    QString workerId(int row) const { return m_rows.value(row).id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Worker
    {
        QString id;
        QString host;
        QString version;
        QDateTime startedAt;
        QDateTime lastSeen;
        QDateTime lastClaimAt; // invalid: never claimed
        int inFlight = 0;
        qint64 ageMs = 0; // heartbeat age when the list was read
    };

    QList<Worker> m_rows;
};

} // namespace Switchboard
