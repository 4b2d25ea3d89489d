package org.badgeportal.embed;

import java.time.Instant;
import java.util.Map;

/**
 * One badge of a service as strangers' pages see it: {@code name} is the badge's slug (the UserBadges name),
 * {@code title} its display name, {@code image} and {@code link} absolute http(s) URLs (image may be null), and
 * the custom fields as JSON literals.
 */
record EmbedBadge(String name, String title, String description, long globalCount, Instant globalLatest,
                  String image, String link, Map<String, String> customFields) {
}
