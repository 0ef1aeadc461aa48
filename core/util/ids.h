// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Switchboard {

// Opaque, prefixed, time-ordered ids ("msg_", "dlv_", "att_", "evt_"): 12 hex
// digits of milliseconds since the epoch, then 16 random hex digits, so that ids
// sort by creation time and make stable paging cursors. Thread-safe.
QString newId(QStringView prefix);

// A random secret in the Standard Webhooks form: "whsec_" + base64 of 24 bytes.
QString newWebhookSecret();

// A random API token: "sbt_" + 32 bytes in base64url.
QString newApiToken();

} // namespace Switchboard
