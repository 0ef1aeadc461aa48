// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaybuttondelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>

namespace Switchboard {

QRect ReplayButtonDelegate::buttonRect(const QRect &cell)
{
    return cell.adjusted(2, 2, -2, -2);
}

void ReplayButtonDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyledItemDelegate::paint(
        painter,
        [&option]() {
            QStyleOptionViewItem o = option;
            o.text.clear();
            return o;
        }(),
        QModelIndex());
    const QString text = index.data().toString();
    if (text.isEmpty())
        return;
    QStyleOptionButton button;
    button.rect = buttonRect(option.rect);
    button.text = text;
    button.state = QStyle::State_Enabled | (m_pressed == index ? QStyle::State_Sunken : QStyle::State_Raised);
    if (option.state & QStyle::State_MouseOver)
        button.state |= QStyle::State_MouseOver;
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);
}

QSize ReplayButtonDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(option.fontMetrics.horizontalAdvance(index.data().toString()) + 28);
    return size;
}

bool ReplayButtonDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                       const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (index.data().toString().isEmpty())
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton
            && buttonRect(option.rect).contains(mouse->position().toPoint())) {
            m_pressed = index;
            return true;
        }
    } else if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool hit = m_pressed == index && buttonRect(option.rect).contains(mouse->position().toPoint());
        m_pressed = QPersistentModelIndex();
        if (hit) {
            Q_EMIT clicked(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Switchboard
