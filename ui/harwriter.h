// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Switchboard {

// Writes deliveries as HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/):
// one entry per attempt, with every field the specification requires, and the
// delivery's ids in "_switchboard" custom fields. Headers and bodies are what
// the store keeps: signatures masked, bodies redacted. Any thread.
class HarWriter
{
public:
    void add(const Delivery &delivery, const QByteArray &requestBody, const QString &method);
    int entryCount() const { return int(m_entries.size()); }
    QJsonObject document() const;
    QByteArray toJson() const;

private:
    QJsonArray m_entries;
};

} // namespace Switchboard
