// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverydetailpane.h"

#include "ui/deliverymodel.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QString pretty(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isNull() ? QString::fromUtf8(body) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString localTime(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) : QString();
}

QPlainTextEdit *textView(const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setAccessibleName(name);
    return view;
}

} // namespace

DeliveryDetailPane::DeliveryDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_attempts(new QTreeWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_request(textView(tr("Request"), this))
    , m_response(textView(tr("Response"), this))
    , m_payload(textView(tr("Payload"), this))
    , m_call(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Select a delivery to see every attempt's request and response."));

    m_attempts->setHeaderLabels({tr("#"), tr("Started"), tr("Duration"), tr("Result")});
    m_attempts->setRootIsDecorated(false);
    m_attempts->setAccessibleName(tr("Attempt timeline"));
    m_attempts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_attempts, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showAttempt(item->data(0, Qt::UserRole).toInt());
    });

    m_call->setHeaderLabels({tr("Time"), tr("What"), tr("Detail")});
    m_call->setRootIsDecorated(false);
    m_call->setAccessibleName(tr("Call timeline"));
    m_call->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_payload, tr("Payload"));
    m_tabs->addTab(m_call, tr("Call timeline"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"detailSplitter"_s);
    split->addWidget(m_attempts);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
}

bool DeliveryDetailPane::isRateLimitHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n.contains("ratelimit") || n.contains("rate-limit") || n == "retry-after";
}

void DeliveryDetailPane::clear()
{
    m_detail = {};
    m_summary->setText(tr("Select a delivery to see every attempt's request and response."));
    m_attempts->clear();
    m_request->clear();
    m_response->clear();
    m_payload->clear();
    m_call->clear();
}

void DeliveryDetailPane::showDetail(const DeliveryDetail &detail)
{
    const int keepAttempt = m_detail.delivery.id == detail.delivery.id && m_attempts->currentItem()
        ? m_attempts->currentItem()->data(0, Qt::UserRole).toInt()
        : -1;
    m_detail = detail;
    if (!detail.error.isEmpty()) {
        m_summary->setText(detail.error);
        m_attempts->clear();
        return;
    }
    const Delivery &d = detail.delivery;
    QStringList lines;
    lines << tr("<b>%1</b> to <b>%2</b>: %3, %n attempt(s)", nullptr, d.attemptCount)
                 .arg(d.id, d.endpoint.toHtmlEscaped(), DeliveryModel::statusText(d.status));
    lines << tr("Message %1, event %2").arg(d.messageId, d.eventType.toHtmlEscaped())
            + (d.callId.isEmpty() ? QString() : tr(", call %1").arg(d.callId.toHtmlEscaped()));
    if (d.status == DeliveryStatus::Pending && d.nextAttemptAt.isValid()) {
        const qint64 in = QDateTime::currentDateTimeUtc().secsTo(d.nextAttemptAt);
        lines << tr("Next attempt at %1 (%2)")
                     .arg(localTime(d.nextAttemptAt),
                          in > 0 ? tr("in %n second(s)", nullptr, int(in)) : tr("due now"));
    }
    if (!d.deadReason.isEmpty())
        lines << tr("Reason: %1").arg(d.deadReason.toHtmlEscaped());
    if (d.replays)
        lines << tr("Replayed %n time(s)", nullptr, d.replays);
    m_summary->setText(lines.join(u"<br>"_s));

    m_attempts->clear();
    for (int i = 0; i < d.attempts.size(); ++i) {
        const Attempt &a = d.attempts.at(i);
        auto *item = new QTreeWidgetItem(m_attempts);
        item->setText(0, a.replay ? tr("%1 (replay)").arg(a.n) : QString::number(a.n));
        item->setText(1, localTime(a.startedAt));
        item->setText(2, tr("%1 ms").arg(a.durationMs));
        item->setText(3,
                      a.statusCode ? QString::number(a.statusCode)
                              + (a.error != AttemptError::None ? u" "_s + toString(a.error) : QString())
                                   : toString(a.error));
        item->setData(0, Qt::UserRole, i);
        if (!a.errorDetail.isEmpty())
            item->setToolTip(3, a.errorDetail);
    }
    m_payload->setPlainText(pretty(detail.payload));
    if (!d.attempts.isEmpty()) {
        const int pick
            = keepAttempt >= 0 && keepAttempt < d.attempts.size() ? keepAttempt : int(d.attempts.size()) - 1;
        m_attempts->setCurrentItem(m_attempts->topLevelItem(pick));
        showAttempt(pick);
    } else {
        m_request->setPlainText(tr("No attempt yet."));
        m_response->clear();
    }

    m_call->clear();
    for (const QJsonValue &v : detail.callTimeline) {
        const QJsonObject e = v.toObject();
        const QString type = e.value(u"type").toString();
        QString what = type;
        QStringList parts;
        for (const char *key : {"endpoint", "event_type", "source", "function", "status", "n", "status_code",
                                "error", "reason", "id"}) {
            const QJsonValue value = e.value(QLatin1StringView(key));
            if (value.isString() && !value.toString().isEmpty())
                parts << u"%1=%2"_s.arg(QLatin1StringView(key), value.toString());
            else if (value.isDouble())
                parts << u"%1=%2"_s.arg(QLatin1StringView(key)).arg(value.toDouble());
        }
        auto *item = new QTreeWidgetItem(m_call);
        item->setText(0, localTime(QDateTime::fromString(e.value(u"at").toString(), Qt::ISODateWithMs)));
        item->setText(1, what);
        item->setText(2, parts.join(u"  "_s));
        if (e.value(u"delivery_id").toString() == d.id || e.value(u"id").toString() == d.id)
            item->setFont(1, [f = item->font(1)]() mutable {
                f.setBold(true);
                return f;
            }());
    }
    if (detail.callTimeline.isEmpty())
        new QTreeWidgetItem(m_call,
                            {QString(), d.callId.isEmpty() ? tr("No call id") : tr("Nothing recorded")});
}

void DeliveryDetailPane::showAttempt(int index)
{
    const Delivery &d = m_detail.delivery;
    if (index < 0 || index >= d.attempts.size())
        return;
    const Attempt &a = d.attempts.at(index);
    const QString method = m_detail.endpoint.method.isEmpty() ? u"POST"_s : m_detail.endpoint.method;
    QString request = u"%1 %2\n"_s.arg(method, a.url);
    for (const auto &h : a.requestHeaders)
        request += u"%1: %2\n"_s.arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    request += u'\n' + pretty(m_detail.payload);
    m_request->setPlainText(request);

    QString response;
    if (a.statusCode)
        response += u"HTTP %1    %2\n"_s.arg(a.statusCode).arg(tr("%1 ms").arg(a.durationMs));
    if (a.error != AttemptError::None)
        response += tr("Error: %1 %2").arg(toString(a.error), a.errorDetail) + u'\n';
    QStringList limits;
    for (const auto &h : a.responseHeaders)
        if (isRateLimitHeader(h.first))
            limits << u"%1: %2"_s.arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    if (!limits.isEmpty())
        response += tr("Rate limits:") + u"\n  "_s + limits.join(u"\n  "_s) + u"\n"_s;
    response += u'\n';
    for (const auto &h : a.responseHeaders)
        response += u"%1: %2\n"_s.arg(QString::fromLatin1(h.first), QString::fromUtf8(h.second));
    if (!a.responseBody.isEmpty())
        response
            += u'\n' + pretty(a.responseBody) + (a.responseBodyTruncated ? tr("\n[…truncated]") : QString());
    m_response->setPlainText(response);
}

} // namespace Switchboard
