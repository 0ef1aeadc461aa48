// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepresets.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

QJsonObject forward(const QString &eventType, const QString &callIdPath = {})
{
    QJsonObject f{{u"event_type"_s, eventType}};
    if (!callIdPath.isEmpty())
        f.insert(u"call_id_path"_s, callIdPath);
    return f;
}

} // namespace

const QList<SourcePreset> &SourcePreset::all()
{
    // Event types use only {$.path} placeholders (a missing value refuses the request), so senders that
    // name the event in a header only (GitHub, Shopify) or not at all (Twilio) forward under one fixed type.
    static const QList<SourcePreset> list{
        {u"stripe"_s, u"Stripe"_s,
         QJsonObject{{u"scheme"_s, u"stripe"_s},
                     {u"tolerance_s"_s, 300},
                     {u"dedupe"_s, QJsonObject{{u"json_path"_s, u"$.id"_s}}},
                     {u"forward"_s, forward(u"stripe.{$.type}"_s, u"$.data.object.metadata.call_id"_s)}},
         u"Set the endpoint's signing secret (whsec_...) as the source's secret."_s},
        {u"github"_s, u"GitHub"_s,
         QJsonObject{{u"scheme"_s, u"github"_s},
                     {u"dedupe"_s, QJsonObject{{u"header"_s, u"X-GitHub-Delivery"_s}}},
                     {u"forward"_s, forward(u"github.event"_s)}},
         u"GitHub names the event in the X-GitHub-Event header only; events are forwarded as github.event."_s},
        {u"shopify"_s, u"Shopify"_s,
         QJsonObject{{u"scheme"_s, u"shopify"_s},
                     {u"dedupe"_s, QJsonObject{{u"header"_s, u"X-Shopify-Webhook-Id"_s}}},
                     {u"forward"_s, forward(u"shopify.webhook"_s)}},
         u"Shopify names the topic in the X-Shopify-Topic header only; events are forwarded as shopify.webhook."_s},
        {u"twilio"_s, u"Twilio"_s,
         QJsonObject{{u"scheme"_s, u"twilio"_s},
                     {u"dedupe"_s, QJsonObject{{u"header"_s, u"I-Twilio-Idempotency-Token"_s}}},
                     {u"forward"_s, forward(u"twilio.callback"_s, u"$.CallSid"_s)}},
         u"Set public_url to the exact URL configured at Twilio, and the auth token as the secret."_s},
        {u"openai"_s, u"OpenAI"_s,
         QJsonObject{{u"scheme"_s, u"standard-webhooks"_s},
                     {u"tolerance_s"_s, 300},
                     {u"forward"_s, forward(u"openai.{$.type}"_s, u"$.data.call_id"_s)}},
         u"OpenAI signs with Standard Webhooks: set the whsec_... secret it showed; webhook-id de-duplicates."_s},
        {u"standard-webhooks"_s, u"Standard Webhooks"_s,
         QJsonObject{{u"scheme"_s, u"standard-webhooks"_s},
                     {u"tolerance_s"_s, 300},
                     {u"forward"_s, forward(u"{$.type}"_s)}},
         u"webhook-id (or svix-id) de-duplicates; the secret is whsec_ base64."_s},
    };
    return list;
}

const SourcePreset *SourcePreset::find(const QString &id)
{
    for (const SourcePreset &p : all())
        if (p.id == id)
            return &p;
    return nullptr;
}

QJsonArray SourcePreset::toJson()
{
    QJsonArray out;
    for (const SourcePreset &p : all())
        out.append(QJsonObject{
            {u"id"_s, p.id}, {u"label"_s, p.label}, {u"source"_s, p.source}, {u"note"_s, p.note}});
    return out;
}

} // namespace Switchboard
