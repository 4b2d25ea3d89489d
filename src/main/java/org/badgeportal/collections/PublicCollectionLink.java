package org.badgeportal.collections;

/** A public collection as a profile lists it: {@code awards} counts only the awards shown publicly. */
public record PublicCollectionLink(String name, String description, long awards) {
}
