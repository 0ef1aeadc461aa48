// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/storereader.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QLineSeries;
class QSortFilterProxyModel;
class QTableView;
class QValueAxis;

namespace Switchboard {

class EndpointHealthModel;
class KpiTile;

// The dashboard: per-minute charts of success rate, p50/p95/p99 latency,
// attempts and retries, dead-letter and queue depth; KPI tiles with the change
// against the previous window; window and filters; each endpoint's health
// (double-click opens its deliveries); a banner while alerts are open. Numbers
// come from the minute rollups through the StoreReader; the GUI thread only
// draws. GUI thread only.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    explicit DashboardPage(StoreReader *reader, QWidget *parent = nullptr);

    StatsFilter filter() const;
    void refresh();

    QComboBox *windowBox() const { return m_window; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *subjectBox() const { return m_subject; }
    QLineEdit *eventTypeEdit() const { return m_eventType; }
    EndpointHealthModel *healthModel() const { return m_health; }
    QTableView *healthTable() const { return m_healthView; }
    QLabel *banner() const { return m_banner; }
    KpiTile *tile(int i) const { return m_tiles.value(i); }
    QList<QChartView *> charts() const { return m_charts; }
    int pointCount() const; // points in the success-rate series, for tests
    bool hasData() const { return m_loaded; }

    // Minutes merged into one chart point so a week stays a few hundred points.
    static QList<MinuteStats> downsample(const QList<MinuteStats> &minutes, int maxPoints);

Q_SIGNALS:
    void endpointActivated(const QString &name);
    void alertsRequested();
    void alertsSeen(const QList<Switchboard::Alert> &open);
    void loaded();

private:
    void showSnapshot(const DashboardSnapshot &snapshot);
    QChartView *addChart(const QString &title, const QStringList &series, const QString &unit);

    StoreReader *m_reader;
    QComboBox *m_window;
    QComboBox *m_direction;
    QComboBox *m_subject;
    QLineEdit *m_eventType;
    QLabel *m_banner;
    QList<KpiTile *> m_tiles;
    QList<QChartView *> m_charts;
    QList<QList<QLineSeries *>> m_series;
    EndpointHealthModel *m_health;
    QSortFilterProxyModel *m_healthProxy;
    QTableView *m_healthView;
    bool m_pending = false;
    bool m_loaded = false;
};

} // namespace Switchboard
