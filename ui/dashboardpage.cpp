// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "delivery/engine.h"
#include "ui/endpointhealthmodel.h"
#include "ui/kpitile.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxPoints = 360;
enum Chart { SuccessChart, LatencyChart, TrafficChart, DepthChart };
enum Tile { SuccessTile, P95Tile, AttemptsTile, RetriesTile, DeadTile, QueueTile };

double percent(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : -1;
}
} // namespace

DashboardPage::DashboardPage(StoreReader *reader, QWidget *parent)
    : QWidget(parent)
    , m_reader(reader)
    , m_window(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_subject(new QComboBox(this))
    , m_eventType(new QLineEdit(this))
    , m_banner(new QLabel(this))
    , m_health(new EndpointHealthModel(this))
    , m_healthProxy(new QSortFilterProxyModel(this))
    , m_healthView(new QTableView(this))
{
    setObjectName(u"dashboardPage"_s);
    // An endpoint's circuit opening or closing shows at once, not at the next periodic refresh.
    if (Engine *engine = m_reader->services().engine)
        connect(engine, &Engine::circuitChanged, this, [this]() {
            if (isVisible())
                refresh();
        });
    m_window->addItem(tr("Last 15 minutes"), 15 * 60);
    m_window->addItem(tr("Last hour"), 3600);
    m_window->addItem(tr("Last 6 hours"), 6 * 3600);
    m_window->addItem(tr("Last 24 hours"), 86400);
    m_window->addItem(tr("Last 7 days"), 7 * 86400);
    m_window->setCurrentIndex(1);
    m_window->setAccessibleName(tr("Window"));
    m_direction->addItem(tr("Outbound"), u"out"_s);
    m_direction->addItem(tr("Inbound"), u"in"_s);
    m_direction->setAccessibleName(tr("Direction"));
    m_subject->setEditable(true);
    m_subject->addItem(QString());
    m_subject->lineEdit()->setPlaceholderText(tr("All endpoints or sources"));
    m_subject->setAccessibleName(tr("Endpoint or source"));
    m_subject->setMinimumContentsLength(14);
    m_eventType->setPlaceholderText(tr("Event type (call.* for a prefix)"));
    m_eventType->setAccessibleName(tr("Event type"));
    m_eventType->setClearButtonEnabled(true);
    connect(m_window, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_subject, &QComboBox::currentTextChanged, this, [this]() {
        if (!m_subject->lineEdit()->hasFocus())
            refresh();
    });
    connect(m_subject->lineEdit(), &QLineEdit::editingFinished, this, &DashboardPage::refresh);
    connect(m_eventType, &QLineEdit::editingFinished, this, &DashboardPage::refresh);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Window:"), this));
    filters->addWidget(m_window);
    filters->addWidget(m_direction);
    filters->addWidget(m_subject);
    filters->addWidget(m_eventType, 1);

    m_banner->setObjectName(u"alertBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setAutoFillBackground(true);
    m_banner->setMargin(8);
    m_banner->setAccessibleName(tr("Open alerts"));
    m_banner->setVisible(false);
    {
        QPalette pal = m_banner->palette();
        pal.setColor(QPalette::Window, QColor(0xd0, 0x3a, 0x2b));
        pal.setColor(QPalette::WindowText, Qt::white);
        pal.setColor(QPalette::Link, Qt::white);
        m_banner->setPalette(pal);
    }
    connect(m_banner, &QLabel::linkActivated, this, &DashboardPage::alertsRequested);

    auto *tiles = new QHBoxLayout;
    const QList<QPair<QString, KpiTile::Better>> tileSpecs{
        {tr("Success rate"), KpiTile::Better::Higher}, {tr("p95 latency"), KpiTile::Better::Lower},
        {tr("Attempts"), KpiTile::Better::Neither},    {tr("Retries"), KpiTile::Better::Lower},
        {tr("Went dead"), KpiTile::Better::Lower},     {tr("Queue depth"), KpiTile::Better::Lower},
    };
    for (const auto &spec : tileSpecs) {
        auto *tile = new KpiTile(spec.first, spec.second, this);
        m_tiles << tile;
        tiles->addWidget(tile);
    }

    auto *chartsBox = new QWidget(this);
    auto *grid = new QGridLayout(chartsBox);
    grid->setContentsMargins(0, 0, 0, 0);
    addChart(tr("Success rate"), {tr("success %")}, u"%"_s);
    addChart(tr("Latency"), {tr("p50"), tr("p95"), tr("p99")}, tr("ms"));
    addChart(tr("Attempts and retries"), {tr("attempts"), tr("retries"), tr("failed")}, QString());
    addChart(tr("Queue and dead letters"), {tr("queue"), tr("dead letters")}, QString());
    for (int i = 0; i < m_charts.size(); ++i)
        grid->addWidget(m_charts.at(i), i / 2, i % 2);

    m_healthProxy->setSourceModel(m_health);
    m_healthProxy->setSortRole(EndpointHealthModel::SortRole);
    m_healthView->setModel(m_healthProxy);
    m_healthView->setSortingEnabled(true);
    m_healthView->sortByColumn(EndpointHealthModel::Name, Qt::AscendingOrder);
    m_healthView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_healthView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_healthView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_healthView->verticalHeader()->hide();
    m_healthView->horizontalHeader()->setStretchLastSection(true);
    m_healthView->setAccessibleName(tr("Endpoint health"));
    m_healthView->setToolTip(tr("Double-click or press Enter to open an endpoint's deliveries"));
    connect(m_healthView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT endpointActivated(index.data(EndpointHealthModel::NameRole).toString());
    });

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"dashboardSplitter"_s);
    split->addWidget(chartsBox);
    split->addWidget(m_healthView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addLayout(tiles);
    layout->addWidget(split, 1);

    connect(m_reader, &StoreReader::dashboardReady, this, &DashboardPage::showSnapshot);
}

QChartView *DashboardPage::addChart(const QString &title, const QStringList &names, const QString &unit)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setVisible(names.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(u"HH:mm"_s);
    x->setTickCount(6);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(unit == u"%"_s ? u"%.0f"_s : u"%.0f"_s);
    y->setTitleText(unit);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const QList<QColor> colours{QColor(0x2b, 0x7b, 0xd0), QColor(0xe6, 0x7e, 0x22), QColor(0xd0, 0x3a, 0x2b)};
    QList<QLineSeries *> list;
    for (int i = 0; i < names.size(); ++i) {
        auto *series = new QLineSeries(chart);
        series->setName(names.at(i));
        series->setUseOpenGL(false);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        QPen pen(colours.value(i, Qt::darkGray));
        pen.setWidthF(1.6);
        series->setPen(pen);
        list << series;
    }
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(170);
    view->setAccessibleName(title);
    m_charts << view;
    m_series << list;
    return view;
}

StatsFilter DashboardPage::filter() const
{
    StatsFilter f;
    f.windowS = m_window->currentData().toLongLong();
    f.direction = m_direction->currentData().toString();
    f.subject = m_subject->currentText().trimmed();
    f.eventType = m_eventType->text().trimmed();
    return f;
}

void DashboardPage::refresh()
{
    // One read at a time: a slow store must not pile up requests.
    if (m_pending)
        return;
    m_pending = true;
    m_reader->loadDashboard(filter());
}

int DashboardPage::pointCount() const
{
    return m_series.isEmpty() || m_series.first().isEmpty() ? 0 : int(m_series.first().first()->count());
}

QList<MinuteStats> DashboardPage::downsample(const QList<MinuteStats> &minutes, int maxPoints)
{
    if (minutes.size() <= maxPoints)
        return minutes;
    const qsizetype per = (minutes.size() + maxPoints - 1) / maxPoints;
    QList<MinuteStats> out;
    out.reserve(maxPoints);
    for (qsizetype i = 0; i < minutes.size(); i += per) {
        MinuteStats merged = minutes.at(i);
        for (qsizetype j = i + 1; j < qMin(i + per, minutes.size()); ++j) {
            const MinuteStats &m = minutes.at(j);
            merged.bucket.merge(m.bucket); // sketches merge: percentiles stay exact to 1 %
            if (m.queueDepth)
                merged.queueDepth = m.queueDepth; // the latest sample of the group
            if (m.dlqDepth)
                merged.dlqDepth = m.dlqDepth;
        }
        out << merged;
    }
    return out;
}

void DashboardPage::showSnapshot(const DashboardSnapshot &snap)
{
    m_pending = false;
    if (!snap.error.isEmpty()) {
        m_banner->setText(tr("The statistics cannot be read: %1").arg(snap.error.toHtmlEscaped()));
        m_banner->show();
        return;
    }
    m_loaded = true;
    const StatsBucket &now = snap.current.total;
    const StatsBucket &before = snap.previous;
    m_tiles[SuccessTile]->setValue(percent(now.ok, now.attempts), percent(before.ok, before.attempts), 1,
                                   u"%"_s);
    m_tiles[P95Tile]->setValue(now.attempts ? now.latency.quantile(0.95) : -1,
                               before.attempts ? before.latency.quantile(0.95) : -1, 0, tr(" ms"));
    m_tiles[AttemptsTile]->setValue(double(now.attempts),
                                    before.attempts || now.attempts ? double(before.attempts) : -1, 0);
    m_tiles[RetriesTile]->setValue(double(now.retries),
                                   before.attempts || now.attempts ? double(before.retries) : -1, 0);
    m_tiles[DeadTile]->setValue(double(now.dead), before.attempts || now.attempts ? double(before.dead) : -1,
                                0);
    m_tiles[QueueTile]->setText(
        QLocale().toString(snap.current.queueDepth.value_or(snap.depths.pending)),
        tr("%1 dead letters now").arg(QLocale().toString(snap.current.dlqDepth.value_or(snap.depths.dead))));

    const QList<MinuteStats> points = downsample(snap.current.minutes, kMaxPoints);
    QList<QList<QPointF>> success(1), latency(3), traffic(3), depth(2);
    double maxLatency = 10, maxTraffic = 5, maxDepth = 5;
    qint64 lastQueue = -1, lastDead = -1;
    for (const MinuteStats &m : points) {
        const double x = double(m.minute);
        const StatsBucket &b = m.bucket;
        if (b.attempts > 0) {
            success[0] << QPointF(x, percent(b.ok, b.attempts));
            for (int i = 0; i < 3; ++i) {
                const double v = b.latency.quantile(i == 0 ? 0.5 : i == 1 ? 0.95 : 0.99);
                latency[i] << QPointF(x, v);
                maxLatency = qMax(maxLatency, v);
            }
        }
        traffic[0] << QPointF(x, double(b.attempts));
        traffic[1] << QPointF(x, double(b.retries));
        traffic[2] << QPointF(x, double(b.failed));
        maxTraffic = qMax(maxTraffic, double(b.attempts));
        // Depths are sampled; carry the last sample over minutes without one.
        if (m.queueDepth)
            lastQueue = *m.queueDepth;
        if (m.dlqDepth)
            lastDead = *m.dlqDepth;
        if (lastQueue >= 0)
            depth[0] << QPointF(x, double(lastQueue));
        if (lastDead >= 0)
            depth[1] << QPointF(x, double(lastDead));
        maxDepth = qMax(maxDepth, double(qMax(lastQueue, lastDead)));
    }
    // With no samples at all, show today's depth as a flat line rather than nothing.
    if (depth[0].isEmpty() && !points.isEmpty()) {
        for (const double x : {double(points.first().minute), double(points.last().minute)}) {
            depth[0] << QPointF(x, double(snap.depths.pending + snap.depths.inFlight));
            depth[1] << QPointF(x, double(snap.depths.dead));
        }
        maxDepth = qMax(maxDepth, double(qMax(snap.depths.pending + snap.depths.inFlight, snap.depths.dead)));
    }
    const QList<QList<QList<QPointF>>> all{success, latency, traffic, depth};
    const QList<double> maxima{100, maxLatency * 1.1, maxTraffic * 1.1, maxDepth * 1.1};
    const QDateTime from = snap.current.from.toLocalTime();
    const QDateTime until = snap.current.until.toLocalTime();
    for (int c = 0; c < m_series.size(); ++c) {
        for (int s = 0; s < m_series.at(c).size(); ++s)
            m_series[c][s]->replace(all.at(c).at(s));
        QChart *chart = m_charts.at(c)->chart();
        const auto xs = chart->axes(Qt::Horizontal);
        const auto ys = chart->axes(Qt::Vertical);
        if (auto *x = qobject_cast<QDateTimeAxis *>(xs.value(0))) {
            x->setRange(from, until);
            x->setFormat(snap.filter.windowS > 86400 ? u"ddd HH:mm"_s : u"HH:mm"_s);
        }
        if (auto *y = qobject_cast<QValueAxis *>(ys.value(0))) {
            y->setRange(0, maxima.at(c));
            if (c != SuccessChart)
                y->applyNiceNumbers();
        }
    }

    m_health->setHealth(snap.health);
    const QString keep = m_subject->currentText();
    if (m_subject->count() != snap.endpoints.size() + 1) {
        const QSignalBlocker blocker(m_subject);
        m_subject->clear();
        m_subject->addItem(QString());
        m_subject->addItems(snap.endpoints);
        m_subject->setCurrentText(keep);
    }

    if (snap.openAlerts.isEmpty()) {
        m_banner->hide();
    } else {
        const Alert &first = snap.openAlerts.first();
        m_banner->setText(tr("<b>%n open alert(s)</b>: %1 <a href=\"alerts\">View alerts</a>", nullptr,
                             int(snap.openAlerts.size()))
                              .arg(first.message.toHtmlEscaped()));
        m_banner->show();
    }
    Q_EMIT alertsSeen(snap.openAlerts);
    Q_EMIT loaded();
}

} // namespace Switchboard
