// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fielderrors.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace Switchboard {

using namespace Qt::StringLiterals;

FieldErrors::FieldErrors(QLabel *general, QObject *parent) : QObject(parent), m_general(general)
{
    m_general->setWordWrap(true);
    m_general->setStyleSheet(u"color: #b3261e;"_s);
    m_general->hide();
}

QWidget *FieldErrors::wrap(const QString &field, QWidget *editor)
{
    auto *box = new QWidget(editor->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(editor);
    auto *label = new QLabel(box);
    label->setObjectName(u"error_"_s + field);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b3261e;"_s);
    label->hide();
    layout->addWidget(label);
    m_labels.insert(field, label);
    m_editors.insert(field, editor);
    return box;
}

void FieldErrors::clear()
{
    for (QLabel *l : std::as_const(m_labels)) {
        l->clear();
        l->hide();
    }
    m_general->clear();
    m_general->hide();
}

QString FieldErrors::fieldFor(const QString &path) const
{
    QString p = path;
    while (!p.isEmpty()) {
        if (m_labels.contains(p))
            return p;
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        if (cut <= 0)
            break;
        p.truncate(cut);
    }
    return {};
}

void FieldErrors::setError(const QString &field, const QString &message)
{
    const QString f = fieldFor(field);
    QLabel *l = f.isEmpty() ? m_general : m_labels.value(f);
    const QString shown = f.isEmpty() && !field.isEmpty() ? field + u": "_s + message
        : f != field                                      ? field + u": "_s + message
                                                          : message;
    l->setText(l->text().isEmpty() ? shown : l->text() + u'\n' + shown);
    l->show();
}

bool FieldErrors::show(const QMap<QString, QString> &errors, const QString &generalMessage)
{
    clear();
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        setError(it.key(), it.value());
    if (errors.isEmpty() && !generalMessage.isEmpty()) {
        m_general->setText(generalMessage);
        m_general->show();
    }
    return !errors.isEmpty() || !generalMessage.isEmpty();
}

QString FieldErrors::text(const QString &field) const
{
    QLabel *l = m_labels.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

bool FieldErrors::hasErrors() const
{
    if (!m_general->text().isEmpty())
        return true;
    for (QLabel *l : m_labels)
        if (!l->text().isEmpty())
            return true;
    return false;
}

} // namespace Switchboard
