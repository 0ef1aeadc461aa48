// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretfield.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace Switchboard {

namespace {
int g_clearAfterMs = 30000;
}

SecretField::SecretField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_reveal(new QPushButton(tr("Reveal"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    m_edit->setReadOnly(true);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(tr("Secret"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the secret in clear text"));
    m_copy->setToolTip(tr("Copy the secret; the clipboard is cleared after a short time"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);
    connect(m_reveal, &QPushButton::toggled, this, &SecretField::setRevealed);
    connect(m_copy, &QPushButton::clicked, this, &SecretField::copy);
    setSecret({});
}

void SecretField::setSecret(const QString &secret)
{
    m_secret = secret;
    m_edit->setText(secret);
    setRevealed(false);
    m_reveal->setEnabled(!secret.isEmpty());
    m_copy->setEnabled(!secret.isEmpty());
}

bool SecretField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

void SecretField::setRevealed(bool on)
{
    m_edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    const QSignalBlocker block(m_reveal);
    m_reveal->setChecked(on);
    m_reveal->setText(on ? tr("Hide") : tr("Reveal"));
}

void SecretField::copy()
{
    if (m_secret.isEmpty())
        return;
    QClipboard *clipboard = QApplication::clipboard();
    clipboard->setText(m_secret);
    const int ms = g_clearAfterMs;
    // Clear only what we put there: a later copy by the user stays.
    QTimer::singleShot(ms, clipboard, [copied = m_secret]() {
        QClipboard *c = QApplication::clipboard();
        if (c->text() == copied)
            c->clear();
    });
    Q_EMIT copied(tr("Copied; the clipboard is cleared in %n second(s).", nullptr, (ms + 999) / 1000));
}

int SecretField::clearAfterMs()
{
    return g_clearAfterMs;
}

void SecretField::setClearAfterMs(int ms)
{
    g_clearAfterMs = ms;
}

} // namespace Switchboard
