// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"
#include "store/sqlstore.h"

#include <QJsonArray>

namespace Switchboard {

// GET /v1/calls/{call_id}: everything that happened for one voice call, in time
// order: inbound events, messages, function calls, every delivery attempt and
// where each delivery ended. Voice teams debug by call, not by delivery id.
// Lives in the API thread.
class CallsModule final : public RouteModule
{
public:
    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;

    // The call's timeline, oldest first; empty when nothing has that call id.
    static Result<QJsonArray> timeline(SqlStore &store, const QString &callId);
};

} // namespace Switchboard
