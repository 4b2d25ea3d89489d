package org.badgeportal.accounts;

/** Another sign-up took the email or handle between our check and the insert (the unique constraint said so). */
class DuplicateAccountException extends RuntimeException {

    private final String field;

    DuplicateAccountException(String field, Throwable cause) {
        super("Duplicate " + field, cause);
        this.field = field;
    }

    String field() {
        return field;
    }
}
