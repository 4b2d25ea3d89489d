package org.badgeportal.embed;

import java.time.Instant;

/** How often one site user holds one badge publicly, and when the latest award was issued. */
record UserBadgeCount(String user, Long badgeId, long count, Instant latest) {
}
