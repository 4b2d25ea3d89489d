package org.badgeportal.awards.manage;

/** A badge in the award list's filter. */
public record BadgeOption(String slug, String name) {
}
