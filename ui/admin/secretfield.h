// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTimer;

namespace Switchboard {

// A secret shown masked, revealed only by a deliberate click on "Reveal", and
// copied to the clipboard for a short time: the clipboard is cleared after
// clearAfterMs unless something else was copied meanwhile. GUI thread only.
class SecretField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretField)
public:
    explicit SecretField(QWidget *parent = nullptr);

    void setSecret(const QString &secret);
    QString secret() const { return m_secret; }
    void clearSecret() { setSecret({}); }
    bool isRevealed() const;
    void setRevealed(bool on);
    void copy();

    static int clearAfterMs(); // 30 s; tests shorten it
    static void setClearAfterMs(int ms);

    QLineEdit *edit() const { return m_edit; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void copied(const QString &message);

private:
    QString m_secret;
    QLineEdit *m_edit;
    QPushButton *m_reveal;
    QPushButton *m_copy;
};

} // namespace Switchboard
