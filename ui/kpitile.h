// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Switchboard {

// One key figure on the dashboard: a title, the value, and how it changed
// against the previous window, coloured by whether the change is good. GUI
// thread only.
class KpiTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiTile)
public:
    enum class Better { Higher, Lower, Neither };
    KpiTile(const QString &title, Better better, QWidget *parent = nullptr);

    // previous < 0: no comparison. unit is appended to the value.
    void setValue(double value, double previous, int decimals, const QString &unit = {});
    void setText(const QString &value, const QString &change = {});
    QString valueText() const;
    QString changeText() const;

private:
    Better m_better;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_change;
};

} // namespace Switchboard
