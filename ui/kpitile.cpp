// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpitile.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Switchboard {

using namespace Qt::StringLiterals;

KpiTile::KpiTile(const QString &title, Better better, QWidget *parent)
    : QFrame(parent)
    , m_better(better)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = m_change->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_change->setFont(small);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    setText(u"–"_s);
}

void KpiTile::setText(const QString &value, const QString &change)
{
    m_value->setText(value);
    m_change->setText(change.isEmpty() ? tr("no earlier data") : change);
    m_change->setStyleSheet(QString());
}

void KpiTile::setValue(double value, double previous, int decimals, const QString &unit)
{
    const QLocale locale;
    const QString text = value < 0 ? u"–"_s : locale.toString(value, 'f', decimals) + unit;
    if (previous < 0 || value < 0) {
        setText(text);
        return;
    }
    const double delta = value - previous;
    QString change;
    if (qFuzzyIsNull(delta))
        change = tr("= previous window");
    else if (previous > 0 && unit != u"%"_s)
        change = tr("%1%2 % vs previous window")
                     .arg(delta > 0 ? u"▲ +"_s : u"▼ "_s, locale.toString(100.0 * delta / previous, 'f', 1));
    else
        change = tr("%1%2%3 vs previous window")
                     .arg(delta > 0 ? u"▲ +"_s : u"▼ "_s, locale.toString(delta, 'f', decimals), unit);
    m_value->setText(text);
    m_change->setText(change);
    const bool good = (m_better == Better::Higher && delta > 0) || (m_better == Better::Lower && delta < 0);
    const bool bad = (m_better == Better::Higher && delta < 0) || (m_better == Better::Lower && delta > 0);
    m_change->setStyleSheet(good ? u"color: #2e9d5b;"_s : bad ? u"color: #d03a2b;"_s : QString());
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::changeText() const
{
    return m_change->text();
}

} // namespace Switchboard
