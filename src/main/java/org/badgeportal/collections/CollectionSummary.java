package org.badgeportal.collections;

/** One of the signed-in account's collections in its list: {@code awards} counts every award in it. */
public record CollectionSummary(String name, String description, boolean publiclyVisible, int awards) {
}
