// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/routemodule.h"
#include "metrics/retention.h"
#include "redact/redactor.h"
#include "util/result.h"

#include <optional>

namespace Switchboard {

class SqlStore;

// The retention periods and redaction rules an operator changed while
// Switchboard runs, kept in the store's meta table (keys "retention" and
// "redaction"), so they survive restarts and every worker sharing the database
// applies them: the housekeeping job reads them before each run. A stored value
// wins over the --config file's and the defaults. Use with the calling thread's
// own store connection.
class DataPolicy
{
public:
    static Result<std::optional<RetentionPolicy>> loadRetention(SqlStore &store, const RetentionPolicy &base);
    static Status saveRetention(SqlStore &store, const RetentionPolicy &policy);
    static Result<std::optional<RedactionRules>> loadRedaction(SqlStore &store);
    static Status saveRedaction(SqlStore &store, const RedactionRules &rules);
    // Makes stored rules the process's shared Redactor when they differ from it.
    static Status applyStoredRedaction(SqlStore &store);
};

// GET and PUT /v1/retention and /v1/redaction (docs/api.md "Retention",
// "Redaction"). A PUT is validated (422 with a detail per field), stored, and
// applied: redaction at once in this process (and by every other worker's
// housekeeping within a minute), retention at the next pruning run.
// Lives in the API thread.
class DataPolicyRoutes final : public RouteModule
{
public:
    bool handle(const ApiContext &context, const QHttpServerRequest &request, const QStringList &path,
                const std::shared_ptr<HttpReply> &reply) override;
};

} // namespace Switchboard
