// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Switchboard {

// Paints a push button in the cells whose text is not empty (the "Replay"
// action column) and reports a click on it, so one click replays a row. GUI
// thread only.
class ReplayButtonDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayButtonDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

Q_SIGNALS:
    void clicked(const QModelIndex &index);

private:
    static QRect buttonRect(const QRect &cell);
    QPersistentModelIndex m_pressed;
};

} // namespace Switchboard
