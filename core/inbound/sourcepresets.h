// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Switchboard {

// A well-known sender's settings for an inbound source: the fields of
// PUT /v1/sources/{name} that follow from the sender alone (scheme, tolerance,
// de-duplication, forwarded event type, call id path). The one table both
// GET /v1/sources/presets and the console's source editor read.
struct SourcePreset
{
    QString id; // stripe, github, ...
    QString label; // "Stripe"
    QJsonObject source; // a partial source: only fields Source::fromJson takes
    QString note; // what the preset cannot fill in (a public URL, a secret)

    static const QList<SourcePreset> &all();
    static const SourcePreset *find(const QString &id);
    // [{"id", "label", "source": {...}, "note"}], in the table's order.
    static QJsonArray toJson();
};

} // namespace Switchboard
