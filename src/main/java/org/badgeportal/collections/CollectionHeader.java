package org.badgeportal.collections;

/** A collection's own fields with its owner's handle and profile visibility (for the public link). */
public record CollectionHeader(Long id, String name, String description, boolean publiclyVisible, String handle,
                        boolean profilePublic, String ownerName) {
}
