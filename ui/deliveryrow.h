// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Switchboard {

// One delivery as a table row: only what the tables show, kept small because
// the deliveries table may hold a million of them. Endpoint, event type and
// reason strings are interned by the reader, so rows share their text.
struct DeliveryRow
{
    QString id;
    QString endpoint;
    QString eventType;
    QString callId;
    QString deadReason;
    qint64 createdMs = 0;
    qint64 nextAttemptMs = 0; // 0: none
    qint32 attemptCount = 0;
    qint16 lastStatusCode = 0;
    DeliveryStatus status = DeliveryStatus::Pending;
    AttemptError lastError = AttemptError::None;
};

// A page of rows as the reader answers it.
struct DeliveryRowPage
{
    QList<DeliveryRow> rows;
    QString nextCursor; // empty at the end
    QString error; // empty when the store answered
};

} // namespace Switchboard

// QString members are relocatable: a million rows grow by realloc, not one move each.
Q_DECLARE_TYPEINFO(Switchboard::DeliveryRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Switchboard::DeliveryRowPage)
