package org.badgeportal.profiles;

/** Another account took the handle between our check and the update (the unique constraint said so). */
class DuplicateHandleException extends RuntimeException {

    DuplicateHandleException(Throwable cause) {
        super("Duplicate handle", cause);
    }
}
