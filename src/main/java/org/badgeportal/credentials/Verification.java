package org.badgeportal.credentials;

/** The outcome of verifying a credential: valid, or the first reason it is not. */
public record Verification(boolean valid, Problem problem) {

    public enum Problem {
        NOT_JSON, UNKNOWN_CONTEXT, NO_PROOF, WRONG_CRYPTOSUITE, BAD_PROOF, NOT_ISSUERS_KEY, NOT_JSON_LD, BAD_SIGNATURE
    }

    static Verification ok() {
        return new Verification(true, null);
    }

    static Verification failed(Problem problem) {
        return new Verification(false, problem);
    }
}
