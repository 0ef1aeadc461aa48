// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuslabel.h"

namespace Switchboard {

using namespace Qt::StringLiterals;

StatusLabel::StatusLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Status"));
}

void StatusLabel::showStatus(const QString &text, bool ok)
{
    m_error = !ok;
    setText(text);
    setStyleSheet(ok ? QString() : u"color: #b3261e;"_s);
}

} // namespace Switchboard
