// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/delivery.h"

#include <QByteArray>
#include <QStringList>

namespace Switchboard {

// Writes deliveries as CSV (RFC 4180, UTF-8, CRLF), one row per delivery. A
// cell that a spreadsheet would run as a formula gets a leading apostrophe.
// Any thread.
class CsvWriter
{
public:
    CsvWriter();
    void add(const Delivery &delivery);
    int rowCount() const { return m_rows; }
    QByteArray data() const { return m_data; }

    static QString cell(const QString &text);

private:
    void addLine(const QStringList &cells);
    QByteArray m_data;
    int m_rows = 0;
};

} // namespace Switchboard
