package org.badgeportal.issuers;

import java.util.Optional;
import java.util.function.Supplier;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.issuers.store.MembershipRepository;
import org.badgeportal.system.PortalAccessRules;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guards {@code /manage/{issuer}/**}: only members of that issuer get in; owner-only sections additionally need
 * the OWNER role. Anonymous callers are denied too, which sends them to the login page.
 * <p>
 * A member let in leaves the request attribute {@value #OWNER_ATTRIBUTE} (true for owners), so the dashboard's
 * navigation shows the owner-only sections to owners only, without another query.
 */
@Component
public class IssuerDashboardAuthorization implements PortalAccessRules {

    public static final String OWNER_ATTRIBUTE = "dashboardOwner";

    private final MembershipRepository memberships;

    IssuerDashboardAuthorization(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /**
     * Creating an issuer needs an account; its dashboard needs membership, and members, settings, API keys and
     * export need ownership.
     */
    @Override
    public void applyTo(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/manage", "/manage/new").authenticated()
            .requestMatchers("/manage/{issuer}/members/**", "/manage/{issuer}/settings/**",
                    "/manage/{issuer}/api-keys/**", "/manage/{issuer}/export", "/manage/{issuer}/export/**")
                .access(owners())
            .requestMatchers("/manage/{issuer}/**").access(members()));
    }

    /** Any member (OWNER or STAFF) of the issuer named in the path. */
    public AuthorizationManager<RequestAuthorizationContext> members() {
        return (authentication, context) -> decide(authentication, context, false);
    }

    /** Only owners of the issuer named in the path. */
    public AuthorizationManager<RequestAuthorizationContext> owners() {
        return (authentication, context) -> decide(authentication, context, true);
    }

    @Transactional(readOnly = true)
    AuthorizationResult decide(Supplier<? extends Authentication> authentication,
                               RequestAuthorizationContext context, boolean ownerOnly) {
        Authentication auth = authentication.get();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInAccount account)) {
            return new AuthorizationDecision(false);
        }
        String slug = context.getVariables().get("issuer");
        Optional<Membership> membership = slug == null ? Optional.empty()
                : memberships.findByIssuerSlugAndAccountEmail(slug, account.email());
        boolean granted = membership.filter(member -> !ownerOnly || member.isOwner()).isPresent();
        if (granted) {
            context.getRequest().setAttribute(OWNER_ATTRIBUTE, membership.get().isOwner());
        }
        return new AuthorizationDecision(granted);
    }
}
