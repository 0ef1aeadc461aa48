// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/schema.h"

namespace Switchboard {

// The "inbound" schema module: sources, the inbound log, and the delivery ids
// remembered for de-duplication.
SchemaModule inboundSchema();

} // namespace Switchboard
