package org.badgeportal.credentials;

/** A document that cannot be canonicalised (unknown context, undefined term, malformed JSON-LD). */
public class CredentialException extends RuntimeException {

    public CredentialException(String message, Throwable cause) {
        super(message, cause);
    }
}
