// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/httpreply.h"

#include <QStringList>

#include <memory>

class QHttpServerRequest;

namespace Switchboard {

class Engine;
class SecretStore;
class SqlStore;
struct ApiOptions;

// What a route module may use, all owned by the ApiServer and living in its thread.
struct ApiContext
{
    Engine *engine = nullptr;
    SqlStore *store = nullptr; // the API thread's own connection
    SecretStore *secrets = nullptr;
    QString instanceId;
    const ApiOptions *options = nullptr;
};

// A group of routes (a feature: inbound sources, functions, stats, ...) plugged
// into the ApiServer, so features add routes without touching each other.
// Lives in the API thread.
class RouteModule
{
public:
    virtual ~RouteModule() = default;

    // Answers the request and returns true when path (split on '/', e.g.
    // {"v1", "sources", "stripe"}) is this module's; false to let others try.
    virtual bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                        const std::shared_ptr<HttpReply> &reply)
        = 0;

    // Public modules are asked before bearer-token authentication, because they
    // authenticate requests by their own scheme (/in/*, /platforms/*).
    virtual bool isPublic() const { return false; }
};

} // namespace Switchboard
