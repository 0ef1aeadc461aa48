// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The testing tools a user reaches for, as switchboardd subcommands:
//   switchboardd receiver --listen 127.0.0.1:9000 [--secret whsec_...] [--x-signature-secret S]
//   switchboardd har-replay FILE --endpoint NAME [--api http://127.0.0.1:8377] [--event-type T]
// Each returns the process exit code.
int runReceiver(const QStringList &arguments);
int runHarReplay(const QStringList &arguments);
