// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace Switchboard {

// An administration page's status line: the last result in the palette's text
// colour, a failure in red. Read by screen readers as "Status". GUI thread only.
class StatusLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLabel)
public:
    explicit StatusLabel(QWidget *parent = nullptr);

    void showStatus(const QString &text, bool ok);
    bool isError() const { return m_error; }

private:
    bool m_error = false;
};

} // namespace Switchboard
