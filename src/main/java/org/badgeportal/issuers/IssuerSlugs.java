package org.badgeportal.issuers;

import java.util.Locale;
import java.util.Set;

/**
 * What an issuer's slug may be. The slug appears in many addresses ({@code /manage/{slug}}, {@code /issuers/{slug}},
 * {@code /v1/{slug}/...}), so words that name pages of the portal itself are reserved.
 */
final class IssuerSlugs {

    /** Lowercase letters, digits and dashes, starting and ending with a letter or digit. */
    static final String PATTERN = "[a-z0-9](?:[a-z0-9-]*[a-z0-9])?";

    private static final Set<String> RESERVED = Set.of(
            "new", "admin", "administrator", "api", "manage", "dashboard", "login", "logout", "signup", "signin",
            "register", "verify", "settings", "account", "accounts", "me", "u", "user", "users", "issuer",
            "issuers", "badge", "badges", "award", "awards", "collections", "images", "embed", "themes", "webjars",
            "css", "js", "img", "static", "public", "v1", "v2", "lite", "error", "actuator", "help", "about",
            "support", "www", "mail", "mailbox", "root", "system", "null", "undefined", "portal");

    private IssuerSlugs() {
    }

    static boolean isReserved(String slug) {
        return slug != null && RESERVED.contains(slug.toLowerCase(Locale.ROOT));
    }
}
