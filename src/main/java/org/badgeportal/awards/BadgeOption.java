package org.badgeportal.awards;

/** A badge in the award list's filter. */
public record BadgeOption(String slug, String name) {
}
