// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/schema.h"

namespace Switchboard {

// The "metrics" schema module: minute rollups, sampled queue depths, alert
// rules and alerts.
SchemaModule metricsSchema();

} // namespace Switchboard
