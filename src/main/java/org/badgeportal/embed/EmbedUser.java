package org.badgeportal.embed;

import java.time.Instant;
import java.util.List;

/** A site user of a service with the badges they hold publicly: count and latest date per badge name. */
record EmbedUser(String name, List<Holding> badges) {

    record Holding(String name, long count, Instant latest) {
    }

    Instant latest() {
        return badges.stream().map(Holding::latest).max(Instant::compareTo).orElse(null);
    }

    long totalCount() {
        return badges.stream().mapToLong(Holding::count).sum();
    }
}
