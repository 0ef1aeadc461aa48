// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlstore.h"

#include <QPointer>
#include <QString>

#include <memory>

namespace Switchboard {

class Engine;
class LogBuffer;
class SecretStore;

// What the console needs from the process that embeds it: where the store is,
// the engine to wake after an operator's action, the secrets (only to reveal a
// signature deliberately) and how an agent connects. Runtime fills it in the
// application; tests fill it from their harness. A plain value type.
struct ConsoleServices
{
    StoreLocation location;
    QPointer<Engine> engine; // may be null (a console watching a remote fleet)
    std::shared_ptr<SecretStore> secrets; // may be null: secrets cannot be revealed
    QString instanceId;
    QString listenAddress; // "127.0.0.1:8377"
    QString token;
    QString dataDir;
    QPointer<LogBuffer> log; // may be null: the Logs page then says the log is not captured
};

} // namespace Switchboard
