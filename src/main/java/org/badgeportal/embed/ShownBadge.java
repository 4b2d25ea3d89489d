package org.badgeportal.embed;

import java.time.Instant;

/** One badge of one user as the widget and the SVG show it: the badge with the user's count and latest date. */
record ShownBadge(EmbedBadge badge, long count, Instant latest) {

    String name() {
        return badge.name();
    }
}
