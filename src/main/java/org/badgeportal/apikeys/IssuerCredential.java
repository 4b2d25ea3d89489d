package org.badgeportal.apikeys;

import org.badgeportal.api.ApiException;

/**
 * An issuer calling through one of its API keys ({@code keyId}), or the UserBadges sandbox service {@code test}
 * without a key ({@code sandbox}, {@code keyId} null). It acts for its own issuer only.
 */
public record IssuerCredential(Long keyId, Long issuerId, String issuerSlug, boolean sandbox)
        implements ApiCredential {

    /** Refuses with 401 unless this credential acts for the issuer (service, collection) with that slug. */
    public IssuerCredential requireIssuer(String slug) {
        if (!issuerSlug.equals(slug)) {
            throw ApiException.unauthorized(sandbox
                    ? "Without a key, only the test service can be changed"
                    : "This API key does not act for '" + slug + "'");
        }
        return this;
    }
}
