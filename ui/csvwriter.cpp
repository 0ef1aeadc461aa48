// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

CsvWriter::CsvWriter()
{
    addLine({u"delivery_id"_s, u"message_id"_s, u"created_at"_s, u"endpoint"_s, u"event_type"_s, u"status"_s,
             u"attempts"_s, u"last_status_code"_s, u"last_error"_s, u"next_attempt_at"_s, u"dead_reason"_s,
             u"call_id"_s, u"idempotency_key"_s, u"replays"_s});
}

QString CsvWriter::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front()))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        value = u'"' + value + u'"';
    }
    return value;
}

void CsvWriter::addLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells)
        quoted << cell(c);
    m_data += quoted.join(u',').toUtf8() + "\r\n";
}

void CsvWriter::add(const Delivery &d)
{
    addLine({d.id, d.messageId, toIsoUtc(d.createdAt), d.endpoint, d.eventType, toString(d.status),
             QString::number(d.attemptCount),
             d.lastStatusCode ? QString::number(d.lastStatusCode) : QString(), toString(d.lastError),
             d.nextAttemptAt.isValid() ? toIsoUtc(d.nextAttemptAt) : QString(), d.deadReason, d.callId,
             d.idempotencyKey, QString::number(d.replays)});
    ++m_rows;
}

} // namespace Switchboard
