package org.badgeportal.collections;

/** The account already has {@link CollectionEditor#MAX_COLLECTIONS} collections. */
public class TooManyCollectionsException extends RuntimeException {

    TooManyCollectionsException() {
        super("Too many collections");
    }
}
