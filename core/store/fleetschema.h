// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/schema.h"

namespace Switchboard {

// The "fleet" module's tables: workers (each worker's heartbeat, for
// GET /v1/workers and the console) and endpoint_limits (the row each claim of
// an endpoint locks, holding its fleet-wide rate-limit tokens).
SchemaModule fleetSchema();

} // namespace Switchboard
