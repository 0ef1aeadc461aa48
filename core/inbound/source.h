// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbound/ipallowlist.h"
#include "inbound/jsonpath.h"
#include "inbound/jsonschema.h"
#include "inbound/sanityrules.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Switchboard {

// Where an accepted inbound event goes: an outbound message through the engine.
struct SourceForward
{
    // May hold {$.path} placeholders filled from the document ("stripe.{$.type}").
    QString eventType;
    QStringList endpoints; // empty: every endpoint subscribed to the event type
    std::optional<JsonPath> callIdPath;
};

// How duplicates are recognised. By default the scheme's own delivery id
// (webhook-id, Stripe's event id, X-GitHub-Delivery, X-Shopify-Webhook-Id,
// I-Twilio-Idempotency-Token); header or jsonPath override it; without any id
// the body's SHA-256 is the key.
struct SourceDedupe
{
    bool enabled = true;
    QByteArray header;
    std::optional<JsonPath> jsonPath;
    qint64 windowS = 7 * 86400; // how long keys are remembered; longer than the tolerance
};

// One inbound source (POST /in/{name}): who may send, how requests are
// authenticated, what a valid document looks like, and where it is forwarded.
// Parsed strictly from the JSON of PUT /v1/sources/{name} (unknown fields are
// refused); toJson() gives it back with every default filled in.
//
// A value type; thread-safe to copy and read.
class Source
{
public:
    static constexpr int kDefaultToleranceS = 300;

    // defaultMaxBody: max_body_bytes when json has none (the API's limit, 1 MiB); a
    // source may set anything up to kMaxRouteBodyBytes (64 MiB).
    static Result<Source> fromJson(const QString &name, const QJsonObject &json, qint64 defaultMaxBody);
    QJsonObject toJson() const;

    static bool isValidName(const QString &name);
    static bool isKnownScheme(const QString &scheme);
    // Schemes that sign a timestamp, so the tolerance applies.
    bool signsTimestamp() const { return scheme == u"standard-webhooks" || scheme == u"stripe"; }

    QString name;
    QString scheme;
    int toleranceS = kDefaultToleranceS;
    IpAllowlist allowlist;
    QList<IpAllowlist::Subnet> allowIps;
    QList<IpAllowlist::Subnet> trustedProxies;
    JsonSchema schema; // null: no schema
    SanityRules rules;
    std::optional<SourceForward> forward;
    QString publicUrl; // Twilio: the URL Twilio calls
    SourceDedupe dedupe;
    QByteArray tokenHeader; // header-token only
    qint64 maxBodyBytes = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Switchboard
