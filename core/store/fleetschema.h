// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/schema.h"

namespace Switchboard {

// The "fleet" module's tables: workers (each worker's heartbeat, for
// GET /v1/workers and the console, with its circuits that are not closed),
// endpoint_limits (the row each claim of an endpoint locks, holding its
// fleet-wide rate-limit tokens) and circuit_resets (fleet-wide circuit resets
// every worker honours once).
SchemaModule fleetSchema();

} // namespace Switchboard
