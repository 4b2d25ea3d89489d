package org.badgeportal.apikeys;

/**
 * An issuer calling through one of its API keys ({@code keyId}), or the UserBadges sandbox service {@code test}
 * without a key ({@code sandbox}, {@code keyId} null). It acts for its own issuer only.
 */
public record IssuerCredential(Long keyId, Long issuerId, String issuerSlug, boolean sandbox)
        implements ApiCredential {

    /** Whether this credential acts for the issuer (service, collection) with that slug. */
    public boolean actsFor(String slug) {
        return issuerSlug.equals(slug);
    }
}
