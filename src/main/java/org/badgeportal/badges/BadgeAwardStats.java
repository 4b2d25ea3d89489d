package org.badgeportal.badges;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Award figures of one badge for the issuer dashboard, counting awards that are not revoked (pending, accepted
 * and declined): {@code earners} is the number of distinct recipients, the same number the badge's
 * {@code limit} caps.
 */
public record BadgeAwardStats(Long badgeId, long awards, long earners, long pending, Instant latestIssuedAt) {

    /** The day of the latest award (UTC), or null. */
    public LocalDate latestIssuedDay() {
        return latestIssuedAt == null ? null : LocalDate.ofInstant(latestIssuedAt, ZoneOffset.UTC);
    }

    public static BadgeAwardStats none(Long badgeId) {
        return new BadgeAwardStats(badgeId, 0, 0, 0, null);
    }
}
