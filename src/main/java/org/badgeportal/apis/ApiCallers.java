package org.badgeportal.apis;

import java.util.Optional;
import org.badgeportal.apikeys.ApiCredential;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.apikeys.PersonalCredential;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The credential of the API call being handled, as established by {@link ApiAuthenticationFilter}. */
public final class ApiCallers {

    private ApiCallers() {
    }

    public static Optional<ApiCredential> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ApiCredential credential
                ? Optional.of(credential) : Optional.empty();
    }

    /** The calling issuer; 401 for anonymous callers and personal tokens. */
    public static IssuerCredential issuer() {
        return current().filter(IssuerCredential.class::isInstance).map(IssuerCredential.class::cast)
                .orElseThrow(() -> ApiException.unauthorized(
                        "An API key of the issuer is required (X-Api-Key, Authorization or a signed request)"));
    }

    /** The calling issuer, which must be the one with that slug; 401 otherwise. */
    public static IssuerCredential issuer(String slug) {
        return requireIssuer(issuer(), slug);
    }

    /** Refuses with 401 unless the credential acts for the issuer (service, collection) with that slug. */
    public static IssuerCredential requireIssuer(IssuerCredential caller, String slug) {
        if (!caller.actsFor(slug)) {
            throw ApiException.unauthorized(caller.sandbox()
                    ? "Without a key, only the test service can be changed"
                    : "This API key does not act for '" + slug + "'");
        }
        return caller;
    }

    /** The calling account; 401 for anonymous callers and issuer keys. */
    public static PersonalCredential person() {
        return current().filter(PersonalCredential.class::isInstance).map(PersonalCredential.class::cast)
                .orElseThrow(() -> ApiException.unauthorized("A personal access token is required"));
    }

    /** The calling account if the caller is one, else empty (anonymous or an issuer). */
    public static Optional<Long> accountId() {
        return current().filter(PersonalCredential.class::isInstance)
                .map(credential -> ((PersonalCredential) credential).accountId());
    }
}
