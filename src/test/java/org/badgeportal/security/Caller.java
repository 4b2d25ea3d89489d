package org.badgeportal.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import java.util.EnumSet;
import java.util.Set;
import org.badgeportal.accounts.Account;
import org.badgeportal.security.SecurityWorld.World;
import org.badgeportal.support.TestData;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every kind of caller the portal tells apart. Signed-in callers come as a session principal (MockMvc's
 * {@code user(...)}), API keys as {@code X-Api-Key}, the personal token as {@code Authorization: Bearer}. Every
 * caller has a remote address of its own (rate limits count per address).
 */
enum Caller {
    /** Nobody signed in, no credential. */
    ANONYMOUS,
    /** A signed-in account with no relation to the issuer, its awards or the recipient. */
    EARNER,
    /** The account the awards are for (signed in): owns the awards, the collections and the personal token. */
    RECIPIENT,
    /** STAFF member of the issuer (signed in). */
    STAFF,
    /** OWNER of the issuer (signed in). */
    OWNER,
    /** STAFF member of another issuer (signed in). */
    STAFF_ELSEWHERE,
    /** The site administrator (signed in), member of no issuer. */
    ADMIN,
    /** An API key of the issuer. */
    API_KEY,
    /** An API key of another issuer. */
    OTHER_API_KEY,
    /** The recipient's personal API token. */
    RECIPIENT_TOKEN;

    static final Set<Caller> SIGNED_IN = EnumSet.of(EARNER, RECIPIENT, STAFF, OWNER, STAFF_ELSEWHERE, ADMIN);
    static final Set<Caller> CREDENTIALS = EnumSet.of(API_KEY, OTHER_API_KEY, RECIPIENT_TOKEN);

    boolean signedIn() {
        return SIGNED_IN.contains(this);
    }

    /** The caller's account, or null for anonymous callers and API credentials. */
    Account account(World world) {
        return switch (this) {
            case EARNER -> world.stranger();
            case RECIPIENT -> world.recipient();
            case STAFF -> world.home().staff();
            case OWNER -> world.home().owner();
            case STAFF_ELSEWHERE -> world.elsewhereStaff();
            case ADMIN -> world.home().admin();
            default -> null;
        };
    }

    /**
     * The request as this caller sends it. Page writes carry a CSRF token for every caller (a browser on the
     * portal's own page has one), so the matrix shows the authorisation decision, not the CSRF filter's.
     */
    MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder request, World world, TestData data,
                                        boolean pageWrite) {
        int address = ordinal() + 1;
        request.with(r -> {
            r.setRemoteAddr("198.19.88." + address);
            return r;
        });
        if (signedIn()) {
            request.with(user(world.principal(this, data)));
        }
        switch (this) {
            case API_KEY -> request.header("X-Api-Key", world.home().apiKey());
            case OTHER_API_KEY -> request.header("X-Api-Key", world.otherApiKey());
            case RECIPIENT_TOKEN -> request.header("Authorization", "Bearer " + world.home().personalToken());
            default -> { }
        }
        if (pageWrite) {
            request.with(csrf());
        }
        return request;
    }
}
