package org.badgeportal.apis.access;

import java.util.List;
import org.badgeportal.apikeys.ApiCredential;
import org.badgeportal.apikeys.IssuerCredential;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated API call; the principal is the {@link ApiCredential}. */
final class ApiAuthentication extends AbstractAuthenticationToken {

    private final ApiCredential credential;

    ApiAuthentication(ApiCredential credential) {
        super(List.of(new SimpleGrantedAuthority(credential instanceof IssuerCredential
                ? "ROLE_API_ISSUER" : "ROLE_API_PERSON")));
        this.credential = credential;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return credential;
    }
}
