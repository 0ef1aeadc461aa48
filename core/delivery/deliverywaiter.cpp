// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverywaiter.h"

#include <QTimer>

namespace Switchboard {

struct DeliveryWaiter::Wait
{
    QStringList deliveryIds;
    QHash<QString, AttemptEvent> outcomes;
    Callback callback;
    QTimer *timer = nullptr;
};

DeliveryWaiter::DeliveryWaiter(Engine *engine, QObject *parent) : QObject(parent)
{
    connect(engine, &Engine::attemptRecorded, this, &DeliveryWaiter::onAttempt, Qt::QueuedConnection);
    // A delivery held by an open circuit is answered at once, not at the deadline.
    connect(engine, &Engine::deliveryHeld, this, &DeliveryWaiter::onAttempt, Qt::QueuedConnection);
}

DeliveryWaiter::~DeliveryWaiter() = default;

void DeliveryWaiter::wait(const QStringList &deliveryIds, int timeoutMs, Callback callback)
{
    const quint64 id = m_next++;
    auto w = std::make_shared<Wait>();
    w->deliveryIds = deliveryIds;
    w->callback = std::move(callback);
    w->timer = new QTimer(this);
    w->timer->setSingleShot(true);
    w->timer->setTimerType(Qt::PreciseTimer);
    connect(w->timer, &QTimer::timeout, this, [this, id]() { finish(id, false); });
    m_waits.insert(id, w);
    for (const QString &d : deliveryIds)
        m_byDelivery.insert(d, id);
    if (deliveryIds.isEmpty())
        QTimer::singleShot(0, this, [this, id]() { finish(id, true); });
    else
        w->timer->start(std::max(0, timeoutMs));
}

void DeliveryWaiter::onAttempt(const AttemptEvent &event)
{
    const auto it = m_byDelivery.constFind(event.deliveryId);
    if (it == m_byDelivery.cend())
        return;
    const quint64 id = it.value();
    m_byDelivery.erase(it);
    auto w = m_waits.value(id);
    if (!w)
        return;
    w->outcomes.insert(event.deliveryId, event);
    if (w->outcomes.size() == w->deliveryIds.size())
        finish(id, true);
}

void DeliveryWaiter::finish(quint64 id, bool complete)
{
    auto w = m_waits.take(id);
    if (!w)
        return;
    delete w->timer;
    for (const QString &d : std::as_const(w->deliveryIds))
        m_byDelivery.remove(d);
    w->callback(w->outcomes, complete);
}

} // namespace Switchboard
