package org.badgeportal.collections;

/** The account already has a collection of that name (the database's unique constraint said so). */
public class DuplicateCollectionNameException extends RuntimeException {

    DuplicateCollectionNameException(Throwable cause) {
        super("Duplicate collection name", cause);
    }
}
