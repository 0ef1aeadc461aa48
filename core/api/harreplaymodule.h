// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"
#include "model/delivery.h"

#include <QJsonObject>

namespace Switchboard {

class DeliveryWaiter;

// Recorded replay: POST /v1/replays/har takes a HAR 1.2 file (exported by
// Switchboard or a browser) and sends each recorded request's body again to a
// chosen endpoint through the durable engine, signed with that endpoint's
// current secret, then reports each one's outcome. Lives in the API thread.
class HarReplayModule final : public RouteModule
{
public:
    HarReplayModule();
    ~HarReplayModule() override;

    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;

    struct Entry
    {
        QString method;
        QString url;
        QString eventType;
        QByteArray body;
    };
    // The replayable requests of a HAR document: entries with a JSON body.
    static Result<QList<Entry>> parse(const QJsonObject &har);

private:
    std::unique_ptr<QObject> m_context;
    DeliveryWaiter *m_waiter = nullptr;
};

} // namespace Switchboard
