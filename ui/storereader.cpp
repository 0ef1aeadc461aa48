// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storereader.h"

#include "util/ids.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

StoreReader::StoreReader(const StoreLocation &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
    qRegisterMetaType<Switchboard::ConsoleSnapshot>();
    qRegisterMetaType<Switchboard::Delivery>();
    m_thread.setObjectName(u"console-reader"_s);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

StoreReader::~StoreReader()
{
    QMetaObject::invokeMethod(m_context, [this]() { m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

SqlStore *StoreReader::store()
{
    if (!m_store) {
        auto s = SqlStore::open(m_location, u"console-"_s + newId(u""));
        if (s)
            m_store = std::move(s).value();
    }
    return m_store.get();
}

void StoreReader::refresh(const DeliveryFilter &filter, int limit)
{
    QMetaObject::invokeMethod(m_context, [this, filter, limit]() {
        ConsoleSnapshot snap;
        SqlStore *s = store();
        if (!s) {
            snap.error = tr("The database %1 cannot be opened.").arg(m_location.displayName());
            Q_EMIT snapshotReady(snap);
            return;
        }
        if (auto d = s->depths())
            snap.depths = *d;
        else
            snap.error = d.error().message;
        if (auto e = s->endpoints())
            snap.endpoints = *e;
        if (auto page = s->deliveries(filter, limit, {}))
            snap.deliveries = page->deliveries;
        else
            snap.error = page.error().message;
        Q_EMIT snapshotReady(snap);
    });
}

void StoreReader::loadDelivery(const QString &id)
{
    QMetaObject::invokeMethod(m_context, [this, id]() {
        SqlStore *s = store();
        if (!s)
            return;
        auto d = s->delivery(id, true);
        if (!d || !d->has_value())
            return;
        QByteArray payload;
        if (auto m = s->message((*d)->messageId); m && m->has_value())
            payload = (*m)->payload;
        Q_EMIT deliveryReady(**d, payload);
    });
}

void StoreReader::replay(const QString &id)
{
    QMetaObject::invokeMethod(m_context, [this, id]() {
        SqlStore *s = store();
        const Status st = s ? s->replay(id) : Status(Error::unavailable(tr("no database")));
        Q_EMIT actionDone(st ? tr("Delivery %1 queued for replay.").arg(id) : st.error().message, bool(st));
    });
}

void StoreReader::discard(const QString &id)
{
    QMetaObject::invokeMethod(m_context, [this, id]() {
        SqlStore *s = store();
        const Status st = s ? s->discard(id) : Status(Error::unavailable(tr("no database")));
        Q_EMIT actionDone(st ? tr("Delivery %1 discarded.").arg(id) : st.error().message, bool(st));
    });
}

} // namespace Switchboard
