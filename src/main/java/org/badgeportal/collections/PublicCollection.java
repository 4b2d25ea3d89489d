package org.badgeportal.collections;

import java.util.List;

/** A public collection as strangers see it: only the awards that are public now, in the owner's order. */
public record PublicCollection(String name, String description, String handle, String ownerName,
                               List<ShowcaseBadge> awards) {
}
