// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "glyphicon.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Switchboard {

using namespace Qt::StringLiterals;

namespace {

class GlyphEngine final : public QIconEngine
{
public:
    explicit GlyphEngine(GlyphIcon::Glyph glyph) : m_glyph(glyph) { }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.setDevicePixelRatio(scale);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    void paint(QPainter *p, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette pal = QGuiApplication::palette();
        QColor ink = mode == QIcon::Disabled ? pal.color(QPalette::Disabled, QPalette::WindowText)
            : mode == QIcon::Selected        ? pal.color(QPalette::HighlightedText)
                                             : pal.color(QPalette::WindowText);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->translate(rect.topLeft());
        const qreal s = qMin(rect.width(), rect.height()) / 16.0;
        p->scale(s, s);
        QPen pen(ink, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        switch (m_glyph) {
        case GlyphIcon::Replay:
        case GlyphIcon::ReplayAll: {
            p->drawArc(QRectF(2.5, 2.5, 11, 11), 90 * 16, 270 * 16);
            QPainterPath head;
            head.moveTo(8, 0.5);
            head.lineTo(11, 2.5);
            head.lineTo(8, 4.5);
            p->drawPath(head);
            if (m_glyph == GlyphIcon::ReplayAll) {
                p->setBrush(ink);
                p->drawEllipse(QPointF(8, 8), 1.6, 1.6);
            }
            break;
        }
        case GlyphIcon::Discard:
            p->drawLine(QPointF(2.5, 4), QPointF(13.5, 4));
            p->drawLine(QPointF(6, 4), QPointF(6.5, 2));
            p->drawLine(QPointF(6.5, 2), QPointF(9.5, 2));
            p->drawLine(QPointF(9.5, 2), QPointF(10, 4));
            p->drawRoundedRect(QRectF(4, 4, 8, 10.5), 1, 1);
            p->drawLine(QPointF(6.7, 7), QPointF(6.7, 12));
            p->drawLine(QPointF(9.3, 7), QPointF(9.3, 12));
            break;
        case GlyphIcon::Copy:
            p->drawRoundedRect(QRectF(5.5, 5.5, 8.5, 9), 1, 1);
            p->drawPolyline(QList<QPointF>{{3.5, 11}, {2, 11}, {2, 1.5}, {10.5, 1.5}, {10.5, 3}});
            break;
        case GlyphIcon::Export:
            p->drawLine(QPointF(8, 1.5), QPointF(8, 10));
            p->drawPolyline(QList<QPointF>{{4.5, 5}, {8, 1.5}, {11.5, 5}});
            p->drawPolyline(QList<QPointF>{{2, 9}, {2, 14.5}, {14, 14.5}, {14, 9}});
            break;
        case GlyphIcon::Search:
            p->drawEllipse(QRectF(2, 2, 8.5, 8.5));
            p->drawLine(QPointF(9.5, 9.5), QPointF(14, 14));
            break;
        case GlyphIcon::Dashboard:
            p->drawLine(QPointF(1.5, 14.5), QPointF(14.5, 14.5));
            p->setBrush(ink);
            p->drawRect(QRectF(3, 9, 2, 4));
            p->drawRect(QRectF(7, 5, 2, 8));
            p->drawRect(QRectF(11, 2, 2, 11));
            break;
        case GlyphIcon::Deliveries:
            p->drawRoundedRect(QRectF(1.5, 3.5, 13, 9), 1, 1);
            p->drawPolyline(QList<QPointF>{{1.5, 4}, {8, 9}, {14.5, 4}});
            break;
        case GlyphIcon::DeadLetters:
            p->drawRoundedRect(QRectF(1.5, 3.5, 13, 9), 1, 1);
            p->drawLine(QPointF(5, 5.5), QPointF(11, 10.5));
            p->drawLine(QPointF(11, 5.5), QPointF(5, 10.5));
            break;
        case GlyphIcon::Alerts: {
            QPainterPath bell;
            bell.moveTo(3, 12);
            bell.cubicTo(4.5, 10, 4, 7, 4, 6.5);
            bell.cubicTo(4, 2, 12, 2, 12, 6.5);
            bell.cubicTo(12, 7, 11.5, 10, 13, 12);
            bell.closeSubpath();
            p->drawPath(bell);
            p->drawLine(QPointF(6.5, 14.5), QPointF(9.5, 14.5));
            break;
        }
        case GlyphIcon::Endpoints:
            p->drawEllipse(QRectF(1.5, 5.5, 5, 5));
            p->drawLine(QPointF(6.5, 8), QPointF(10, 8));
            p->drawPolyline(QList<QPointF>{{10, 3}, {14.5, 8}, {10, 13}, {10, 3}});
            break;
        case GlyphIcon::Connect:
            p->drawRoundedRect(QRectF(1.5, 2.5, 13, 11), 1.5, 1.5);
            p->drawPolyline(QList<QPointF>{{4, 6}, {6.5, 8}, {4, 10}});
            p->drawLine(QPointF(8, 10.5), QPointF(12, 10.5));
            break;
        case GlyphIcon::Acknowledge:
            p->drawPolyline(QList<QPointF>{{2.5, 8.5}, {6.5, 12.5}, {13.5, 3.5}});
            break;
        case GlyphIcon::App:
            p->setPen(QPen(QColor(0x2b, 0x7b, 0xd0), 1.8, Qt::SolidLine, Qt::RoundCap));
            p->drawEllipse(QRectF(1.5, 1.5, 13, 13));
            p->setBrush(QColor(0x2b, 0x7b, 0xd0));
            p->drawEllipse(QPointF(5, 8), 1.5, 1.5);
            p->drawEllipse(QPointF(11, 5), 1.5, 1.5);
            p->drawEllipse(QPointF(11, 11), 1.5, 1.5);
            p->drawLine(QPointF(5, 8), QPointF(11, 5));
            p->drawLine(QPointF(5, 8), QPointF(11, 11));
            break;
        }
        p->restore();
    }

private:
    GlyphIcon::Glyph m_glyph;
};

QString themeName(GlyphIcon::Glyph glyph)
{
    switch (glyph) {
    case GlyphIcon::Replay:
        return u"view-refresh"_s;
    case GlyphIcon::Discard:
        return u"edit-delete"_s;
    case GlyphIcon::Copy:
        return u"edit-copy"_s;
    case GlyphIcon::Export:
        return u"document-save-as"_s;
    case GlyphIcon::Search:
        return u"edit-find"_s;
    default:
        return {};
    }
}

} // namespace

QIcon GlyphIcon::icon(Glyph glyph)
{
    const QString name = themeName(glyph);
    if (!name.isEmpty() && QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return QIcon(new GlyphEngine(glyph));
}

} // namespace Switchboard
