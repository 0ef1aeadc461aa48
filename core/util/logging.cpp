// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "switchboard.core.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "switchboard.core.engine", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDispatcher, "switchboard.core.dispatcher", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSigning, "switchboard.core.signing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "switchboard.core.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "switchboard.core.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRuntime, "switchboard.core.runtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInbound, "switchboard.core.inbound", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetrics, "switchboard.core.metrics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRedact, "switchboard.core.redact", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPlatforms, "switchboard.core.platforms", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMcp, "switchboard.core.mcp", QtInfoMsg)
