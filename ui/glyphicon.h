// SPDX-FileCopyrightText: 2026 Switchboard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace Switchboard {

// The console's icons, drawn as vectors at whatever size and device pixel
// ratio they are asked for (sharp on high-DPI screens), in the palette's text
// colour at paint time (light and dark themes alike). The desktop theme's icon
// wins where it has one. GUI thread only.
class GlyphIcon
{
public:
    enum Glyph {
        Replay,
        ReplayAll,
        Discard,
        Copy,
        Export,
        Search,
        Dashboard,
        Deliveries,
        DeadLetters,
        Alerts,
        Endpoints,
        Connect,
        Acknowledge,
        App
    };
    static QIcon icon(Glyph glyph);
};

} // namespace Switchboard
