// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/engine.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace Switchboard {

// Waits for the first recorded attempt of each of a set of deliveries (or the
// news that its endpoint's circuit is open, AttemptEvent::circuitOpen), or a
// deadline, whichever comes first: the fast path of POST /v1/messages?wait_ms
// and sync LLM function calls. Event driven (the engine's attemptRecorded
// signal and one timer per wait): no polling and no thread per request.
// Lives in, and calls back in, the thread that created it.
class DeliveryWaiter : public QObject
{
    Q_OBJECT
public:
    // complete: every delivery has an outcome; otherwise the deadline came first
    // and outcomes holds what was known then.
    using Callback = std::function<void(const QHash<QString, AttemptEvent> &outcomes, bool complete)>;

    explicit DeliveryWaiter(Engine *engine, QObject *parent = nullptr);
    ~DeliveryWaiter() override;

    // Call right after the enqueue callback: attempts cannot be recorded before
    // it has been delivered to this thread, so none is missed.
    void wait(const QStringList &deliveryIds, int timeoutMs, Callback callback);
    int pending() const { return int(m_waits.size()); }

private:
    struct Wait;
    void onAttempt(const AttemptEvent &event);
    void finish(quint64 id, bool complete);

    QHash<quint64, std::shared_ptr<Wait>> m_waits;
    QHash<QString, quint64> m_byDelivery;
    quint64 m_next = 1;
};

} // namespace Switchboard
