package org.badgeportal.security;

import static org.badgeportal.security.Caller.ADMIN;
import static org.badgeportal.security.Caller.ANONYMOUS;
import static org.badgeportal.security.Caller.API_KEY;
import static org.badgeportal.security.Caller.EARNER;
import static org.badgeportal.security.Caller.OTHER_API_KEY;
import static org.badgeportal.security.Caller.OWNER;
import static org.badgeportal.security.Caller.RECIPIENT;
import static org.badgeportal.security.Caller.RECIPIENT_TOKEN;
import static org.badgeportal.security.Caller.STAFF;
import static org.badgeportal.security.Caller.STAFF_ELSEWHERE;
import static org.badgeportal.security.Route.Outcome.ALLOWED;
import static org.badgeportal.security.Route.Outcome.FORBIDDEN;
import static org.badgeportal.security.Route.Outcome.HIDDEN;
import static org.badgeportal.security.Route.Outcome.SIGN_IN;
import static org.badgeportal.security.Route.Outcome.UNAUTHORIZED;
import static org.badgeportal.security.Route.route;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may call what: the portal's access policy (src/docs/DESIGN.md, security model) as a table over every route the
 * application maps and every {@link Caller}. Read a row as a sentence: "{@code GET /manage/{issuer}/settings}: the
 * OWNER gets in, callers that are not signed in are sent to sign in, everyone else is forbidden".
 * <p>
 * Rules that hold throughout: pages ignore API credentials (an API key or token on a page is nobody, so it is sent
 * to sign in like the anonymous visitor); the APIs ignore sessions the same way (a signed-in account without a
 * credential is refused with 401 like the anonymous caller); an object that is not the caller's to see answers 404
 * (HIDDEN) where the route looks it up among the caller's own things (your collections, your tokens, your issuer's
 * badges by slug), and the dashboards answer 403 to signed-in non-members before looking anything up. Two
 * refusals say more than 404: accepting or declining someone else's pending award answers 403 (the award service's
 * FORBIDDEN: the id is an unguessable UUID), and a public read of the UserBadges API with another service's key
 * answers 401 (a wrong key is reported, not silently ignored). The site
 * administrator is not an issuer member: the dashboards are closed to ADMIN as to anyone else (src/docs/DESIGN.md: issuer
 * pages only for members of that issuer).
 * <p>
 * Routes that change things are called with fresh objects per cell where a change would destroy what later
 * cells need (a new badge to delete, a new award to revoke, ...), or with input that validation refuses; for them
 * ALLOWED means "got through authorisation" (see {@link Route.Outcome#ALLOWED}).
 * <p>
 * To add a route: add a row with its URI (from the {@link SecurityWorld.World}, fresh objects from
 * {@link SecurityWorld}) and an outcome for every caller ({@code otherwise(...)} for the rest).
 */
final class AccessPolicy {

    /** On pages, API credentials count for nothing: these callers are not signed in. */
    static final Caller[] NOT_SIGNED_IN = {ANONYMOUS, API_KEY, OTHER_API_KEY, RECIPIENT_TOKEN};
    static final Caller[] SIGNED_IN = Caller.SIGNED_IN.toArray(Caller[]::new);
    static final Caller[] MEMBERS = {STAFF, OWNER};

    private static final String JSON_LD = "application/ld+json";

    static final List<Route> ROUTES = new ArrayList<>();

    private AccessPolicy() {
    }

    private static Route add(Route route) {
        ROUTES.add(route);
        return route;
    }

    private static String elsewhere(Route.Cell cell) {
        return "/manage/" + cell.world().elsewhere().getSlug();
    }

    /** Everyone may read it. */
    private static void open(String key, java.util.function.Function<Route.Cell, String> uri) {
        add(route(key).at(uri).otherwise(ALLOWED));
    }

    static {
        // ---- Public pages and documents: everyone, whatever credential they bring
        open("GET /", c -> "/");
        open("GET /issuers/{issuer}", c -> "/issuers/" + c.issuer());
        open("GET /issuers/{issuer}/badges/{slug}", c -> "/issuers/" + c.issuer() + "/badges/" + c.world().badge());
        open("GET /u/{handle}", c -> "/u/" + c.world().recipient().getHandle());
        open("GET /u/{handle}/collections/{name}", c -> "/u/" + c.world().recipient().getHandle() + "/collections/"
                + c.world().home().collection());
        open("GET /images/{id}", c -> "/images/" + c.world().home().imageId());
        open("GET /developers", c -> "/developers");
        open("GET /developers/", c -> "/developers/");
        open("GET /developers/api", c -> "/developers/api");
        open("GET /v3/api-docs", c -> "/v3/api-docs");
        open("GET /v3/api-docs.yaml", c -> "/v3/api-docs.yaml");
        open("GET /v3/api-docs/swagger-config", c -> "/v3/api-docs/swagger-config");
        open("GET /login", c -> "/login");
        open("GET /signup", c -> "/signup");
        open("GET /verify/sent", c -> "/verify/sent");
        open("GET /verify/resend", c -> "/verify/resend");
        add(route("GET /verify/{token}").at(c -> "/verify/unknown-token").refusesInput().otherwise(ALLOWED));
        open("GET /login/forgot", c -> "/login/forgot");
        open("GET /login/forgot/sent", c -> "/login/forgot/sent");
        add(route("GET /reset/{token}").at(c -> "/reset/unknown-token").refusesInput().otherwise(ALLOWED));
        add(route("POST /signup").at(c -> "/signup").form("email", "not-an-address").otherwise(ALLOWED));
        add(route("POST /login/forgot").at(c -> "/login/forgot").form("email", "nobody@example.org")
                .otherwise(ALLOWED));
        add(route("POST /reset/{token}").at(c -> "/reset/unknown-token").form("password", "x").otherwise(ALLOWED));
        add(route("POST /verify/resend").at(c -> "/verify/resend").form("email", "nobody@example.org")
                .otherwise(ALLOWED));
        // Open Badges documents, baked images, the embed and the embed's data
        open("GET /issuers/{issuer}/profile.json", c -> "/issuers/" + c.issuer() + "/profile.json");
        add(route("GET /issuers/{issuer} [ld+json]").at(c -> "/issuers/" + c.issuer()).accept(JSON_LD)
                .otherwise(ALLOWED));
        open("GET /issuers/{issuer}/revocations.json", c -> "/issuers/" + c.issuer() + "/revocations.json");
        open("GET /issuers/{issuer}/badges/{slug}/badgeclass.json",
                c -> "/issuers/" + c.issuer() + "/badges/" + c.world().badge() + "/badgeclass.json");
        add(route("GET /issuers/{issuer}/badges/{slug} [ld+json]")
                .at(c -> "/issuers/" + c.issuer() + "/badges/" + c.world().badge()).accept(JSON_LD).otherwise(ALLOWED));
        open("GET /embed/{service}/{user}", c -> "/embed/" + c.issuer() + "/" + c.world().home().siteUser());
        open("GET /embed/{service}/{user}.svg", c -> "/embed/" + c.issuer() + "/" + c.world().home().siteUser()
                + ".svg");
        // The embed's data is public; a key sent along must be the service's own (it is told so, not ignored)
        add(route("GET /v1/{service}/users.json").at(c -> "/v1/" + c.issuer() + "/users.json")
                .unauthorized(OTHER_API_KEY).otherwise(ALLOWED));
        add(route("GET /v1/{service}/badges.json").at(c -> "/v1/" + c.issuer() + "/badges.json")
                .unauthorized(OTHER_API_KEY).otherwise(ALLOWED));
        open("GET /api/v1/users/{handle}", c -> "/api/v1/users/" + c.world().recipient().getHandle());
        // Private things: a private collection, and everything of a person whose profile is private
        add(route("GET /u/{handle}/collections/{name}", "private collection").at(c -> "/u/"
                + c.world().recipient().getHandle() + "/collections/" + c.fresh().privateCollection()).otherwise(HIDDEN));
        add(route("GET /u/{handle}", "private profile").at(c -> "/u/" + c.world().hidden().getHandle())
                .otherwise(HIDDEN));
        add(route("GET /u/{handle}/collections/{name}", "private profile")
                .at(c -> "/u/" + c.world().hidden().getHandle() + "/collections/Shelf").otherwise(HIDDEN));
        add(route("GET /api/v1/users/{handle}", "private profile")
                .at(c -> "/api/v1/users/" + c.world().hidden().getHandle()).otherwise(HIDDEN));
        add(route("GET /api/v1/users/{handle}/collections", "private profile")
                .at(c -> "/api/v1/users/" + c.world().hidden().getHandle() + "/collections").otherwise(HIDDEN));
        open("GET /api/v1/users/{handle}/collections",
                c -> "/api/v1/users/" + c.world().recipient().getHandle() + "/collections");

        // ---- One award: accepted awards are public; a pending one only for its recipient and the issuer's members
        open("GET /awards/{publicId}", c -> "/awards/" + c.world().award());
        open("GET /awards/{publicId}/assertion.json", c -> "/awards/" + c.world().award() + "/assertion.json");
        add(route("GET /awards/{publicId} [ld+json]").at(c -> "/awards/" + c.world().award()).accept(JSON_LD)
                .otherwise(ALLOWED));
        open("GET /awards/{id}/credential.json", c -> "/awards/" + c.world().award() + "/credential.json");
        open("GET /awards/{publicId}/badge.png", c -> "/awards/" + c.world().award() + "/badge.png");
        open("GET /awards/{publicId}/badge.svg", c -> "/awards/" + c.world().award() + "/badge.svg");
        add(route("GET /awards/{publicId}", "pending").at(c -> "/awards/" + c.world().pendingAward())
                .allow(RECIPIENT, STAFF, OWNER).otherwise(HIDDEN));
        for (String document : List.of("assertion.json", "credential.json", "badge.png", "badge.svg")) {
            String key = document.equals("credential.json") ? "GET /awards/{id}/" + document
                    : "GET /awards/{publicId}/" + document;
            add(route(key, "pending").at(c -> "/awards/" + c.world().pendingAward() + "/" + document)
                    .otherwise(HIDDEN));
        }
        add(route("GET /awards/{publicId}", "declined").at(c -> "/awards/" + c.fresh().declinedAward())
                .allow(RECIPIENT, STAFF, OWNER).otherwise(HIDDEN));
        add(route("GET /awards/{publicId}/assertion.json", "declined")
                .at(c -> "/awards/" + c.fresh().declinedAward() + "/assertion.json").otherwise(HIDDEN));
        add(route("GET /awards/{publicId} [ld+json]", "pending").at(c -> "/awards/" + c.world().pendingAward())
                .accept(JSON_LD).otherwise(HIDDEN));

        // ---- Operator endpoints
        add(route("GET /actuator").at(c -> "/actuator").allow(SIGNED_IN).signIn(NOT_SIGNED_IN));
        open("GET /actuator/health", c -> "/actuator/health");
        open("GET /actuator/health/{*path}", c -> "/actuator/health/liveness");
        open("GET /actuator/prometheus", c -> "/actuator/prometheus");
        // The error page renders what a failed request left; asked for directly there is nothing to show
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
            add(route(method + " /error").at(c -> "/error").otherwise(HIDDEN));
        }

        // ---- The signed-in account's own pages
        for (String page : List.of("/me", "/me/awards", "/me/collections", "/me/embed", "/me/settings", "/manage",
                "/manage/new")) {
            add(route("GET " + page).at(c -> page).allow(SIGNED_IN).signIn(NOT_SIGNED_IN));
        }
        add(route("POST /me/settings").at(c -> "/me/settings").form("handle", "")
                .allow(SIGNED_IN).signIn(NOT_SIGNED_IN));
        add(route("POST /me/settings/tokens").at(c -> "/me/settings/tokens").form("name", "")
                .allow(SIGNED_IN).signIn(NOT_SIGNED_IN));
        add(route("POST /me/settings/tokens/{token}/revoke")
                .at(c -> "/me/settings/tokens/" + c.fresh().tokenId() + "/revoke")
                .allow(RECIPIENT).signIn(NOT_SIGNED_IN).otherwise(HIDDEN));
        add(route("POST /manage/new").at(c -> "/manage/new").form("name", "")
                .allow(SIGNED_IN).signIn(NOT_SIGNED_IN));
        // Claim links: the token in the link is the credential; any signed-in account may claim with it
        add(route("GET /claim/{token}").at(c -> "/claim/" + c.fresh().claimToken())
                .allow(SIGNED_IN).signIn(NOT_SIGNED_IN));
        add(route("POST /claim/{token}").at(c -> "/claim/" + c.fresh().claimToken())
                .allow(SIGNED_IN).signIn(NOT_SIGNED_IN));
        add(route("GET /claim/{token}", "used link").at(c -> "/claim/" + c.fresh().usedClaimToken())
                .hide(SIGNED_IN).signIn(NOT_SIGNED_IN));
        add(route("POST /claim/{token}", "used link").at(c -> "/claim/" + c.fresh().usedClaimToken())
                .hide(SIGNED_IN).signIn(NOT_SIGNED_IN));
        // Accept/decline: only the award's recipient; other accounts are refused (403, the service's FORBIDDEN)
        for (String action : List.of("accept", "decline")) {
            add(route("POST /me/awards/{publicId}/{action:accept|decline}", action)
                    .at(c -> "/me/awards/" + c.fresh().pendingAward() + "/" + action)
                    .allow(RECIPIENT).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
            add(route("POST /me/awards/{publicId}/{action:accept|decline} [htmx]", action)
                    .at(c -> "/me/awards/" + c.fresh().pendingAward() + "/" + action).htmx()
                    .allow(RECIPIENT).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        // Collections: "/me/collections/{name}" is looked up among the caller's own collections
        add(route("POST /me/collections").at(c -> "/me/collections").form("name", "")
                .allow(SIGNED_IN).signIn(NOT_SIGNED_IN));
        add(route("GET /me/collections/{name}").at(c -> "/me/collections/" + c.world().home().collection())
                .allow(RECIPIENT).signIn(NOT_SIGNED_IN).otherwise(HIDDEN));
        add(route("GET /me/collections/{name}/delete")
                .at(c -> "/me/collections/" + c.world().home().collection() + "/delete")
                .allow(RECIPIENT).signIn(NOT_SIGNED_IN).otherwise(HIDDEN));
        add(route("POST /me/collections/{name}").at(c -> "/me/collections/" + c.world().home().collection())
                .form("name", "").allow(RECIPIENT).signIn(NOT_SIGNED_IN).otherwise(HIDDEN));
        add(route("POST /me/collections/{name}/delete").at(c -> "/me/collections/" + c.fresh().collection()
                + "/delete").allow(RECIPIENT).signIn(NOT_SIGNED_IN).otherwise(HIDDEN));
        add(route("POST /me/collections/{name}/awards").at(c -> "/me/collections/" + c.fresh().collection()
                + "/awards").form("award", "no-such-award").allow(RECIPIENT).signIn(NOT_SIGNED_IN).otherwise(HIDDEN));
        for (String move : List.of("remove", "up", "down")) {
            add(route("POST /me/collections/{name}/awards/{award}/" + move)
                    .at(c -> "/me/collections/" + c.fresh().collection() + "/awards/" + c.world().award() + "/" + move)
                    .allow(RECIPIENT).signIn(NOT_SIGNED_IN).otherwise(HIDDEN));
        }

        // ---- Issuer dashboard: members of the issuer; owner-only sections; nobody else, not even ADMIN
        String[] memberPages = {"", "/badges", "/badges/new", "/badges/criteria-row?index=1", "/awards", "/programs",
            "/embed"};
        for (String page : memberPages) {
            String pattern = page.replace("?index=1", "");
            add(route("GET /manage/{issuer}" + pattern).at(c -> c.manage() + page)
                    .allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        // htmx asks for fragments: callers not signed in are told to go to the login page (401 + HX-Redirect)
        add(route("GET /manage/{issuer}/badges/criteria-row", "htmx").at(c -> c.manage()
                + "/badges/criteria-row?index=1").htmx().allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("GET /manage/{issuer}/awards", "htmx").at(c -> c.manage() + "/awards").htmx()
                .allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        for (String page : List.of("edit", "award", "bulk")) {
            add(route("GET /manage/{issuer}/badges/{slug}/" + page).at(c -> c.manage() + "/badges/"
                    + c.world().badge() + "/" + page).allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        add(route("POST /manage/{issuer}/programs").at(c -> c.manage() + "/programs").form("name", "")
                .allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/badges/new").at(c -> c.manage() + "/badges/new").form("name", "")
                .allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/badges/preview").at(c -> c.manage() + "/badges/preview").form("name", "P")
                .allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/badges/{slug}/edit").at(c -> c.manage() + "/badges/" + c.fresh().badge()
                + "/edit").form("name", "").allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        for (String change : List.of("archive", "unarchive", "delete")) {
            add(route("POST /manage/{issuer}/badges/{slug}/" + change).at(c -> c.manage() + "/badges/"
                    + c.fresh().badge() + "/" + change).allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        add(route("POST /manage/{issuer}/badges/{slug}/award").at(c -> c.manage() + "/badges/" + c.world().badge()
                + "/award").form("recipient", "").allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/badges/{slug}/bulk [step=check]").at(c -> c.manage() + "/badges/"
                + c.world().badge() + "/bulk").form("step", "check", "text", "")
                .allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/badges/{slug}/bulk [step=commit]").at(c -> c.manage() + "/badges/"
                + c.world().badge() + "/bulk").form("step", "commit", "text", "")
                .allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        for (String change : List.of("revoke", "resend", "claim-link")) {
            add(route("POST /manage/{issuer}/awards/{award}/" + change).at(c -> c.manage() + "/awards/"
                    + c.fresh().award() + "/" + change).form("reason", "Security matrix")
                    .allow(MEMBERS).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        // Through another issuer's dashboard: a member of that issuer naming this issuer's badge or award in its
        // own issuer's URLs finds nothing there
        for (String page : List.of("edit", "award", "bulk")) {
            add(route("GET /manage/{issuer}/badges/{slug}/" + page, "this badge, other issuer's URL")
                    .at(c -> elsewhere(c) + "/badges/" + c.world().badge() + "/" + page)
                    .hide(STAFF_ELSEWHERE).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        for (String change : List.of("edit", "archive", "delete")) {
            add(route("POST /manage/{issuer}/badges/{slug}/" + change, "this badge, other issuer's URL")
                    .at(c -> elsewhere(c) + "/badges/" + c.fresh().badge() + "/" + change).form("name", "Taken")
                    .hide(STAFF_ELSEWHERE).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        add(route("POST /manage/{issuer}/badges/{slug}/award", "this badge, other issuer's URL")
                .at(c -> elsewhere(c) + "/badges/" + c.world().badge() + "/award")
                .form("recipient", "someone@example.org").hide(STAFF_ELSEWHERE).signIn(NOT_SIGNED_IN)
                .otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/badges/{slug}/bulk [step=commit]", "this badge, other issuer's URL")
                .at(c -> elsewhere(c) + "/badges/" + c.world().badge() + "/bulk")
                .form("step", "commit", "text", "someone@example.org").hide(STAFF_ELSEWHERE).signIn(NOT_SIGNED_IN)
                .otherwise(FORBIDDEN));
        for (String change : List.of("revoke", "resend", "claim-link")) {
            add(route("POST /manage/{issuer}/awards/{award}/" + change, "this award, other issuer's URL")
                    .at(c -> elsewhere(c) + "/awards/" + c.fresh().award() + "/" + change).form("reason", "Taken")
                    .hide(STAFF_ELSEWHERE).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        // Owner-only sections, the issuer's export among them: it holds every recipient's address
        for (String page : List.of("/members", "/settings", "/api-keys", "/export")) {
            add(route("GET /manage/{issuer}" + page).at(c -> c.manage() + page)
                    .allow(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        add(route("GET /manage/{issuer}/export/issuer.json").at(c -> c.manage() + "/export/issuer.json")
                .allow(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        for (String file : List.of("badges", "awards", "recipients")) {
            add(route("GET /manage/{issuer}/export/" + file + ".csv").at(c -> c.manage() + "/export/" + file + ".csv")
                    .allow(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        add(route("POST /manage/{issuer}/members").at(c -> c.manage() + "/members").form("email", "")
                .allow(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/members/{membership}/role").at(c -> c.manage() + "/members/"
                + c.fresh().membership() + "/role").form("role", "OWNER")
                .allow(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/members/{membership}/remove").at(c -> c.manage() + "/members/"
                + c.fresh().membership() + "/remove").allow(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        // An owner naming another issuer's member or key in its own issuer's URLs finds nothing there
        add(route("POST /manage/{issuer}/members/{membership}/role", "other issuer's member")
                .at(c -> c.manage() + "/members/" + c.fresh().elsewhereMembership() + "/role").form("role", "OWNER")
                .hide(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/members/{membership}/remove", "other issuer's member")
                .at(c -> c.manage() + "/members/" + c.fresh().elsewhereMembership() + "/remove")
                .hide(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/api-keys/{key}/revoke", "other issuer's key")
                .at(c -> c.manage() + "/api-keys/" + c.fresh().elsewhereApiKeyId() + "/revoke")
                .hide(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/settings").at(c -> c.manage() + "/settings").form("name", "")
                .allow(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/settings/signing-key").at(c -> c.manage() + "/settings/signing-key")
                .allow(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/api-keys").at(c -> c.manage() + "/api-keys").form("name", "")
                .allow(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        add(route("POST /manage/{issuer}/api-keys/{key}/revoke").at(c -> c.manage() + "/api-keys/"
                + c.fresh().apiKeyId() + "/revoke").allow(OWNER).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));

        // ---- Site administration
        for (String page : List.of("/admin/issuers", "/admin/mailbox", "/admin/restore")) {
            add(route("GET " + page).at(c -> page).allow(ADMIN).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        add(route("GET /admin/mailbox/{id}").at(c -> "/admin/mailbox/" + c.world().home().mailId())
                .allow(ADMIN).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        for (String change : List.of("verify", "unverify")) {
            add(route("POST /admin/issuers/{issuer}/" + change).at(c -> "/admin/issuers/" + c.fresh().issuer() + "/"
                    + change).allow(ADMIN).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));
        }
        // Without a file the restore is refused by validation, so nothing is restored
        add(route("POST /admin/restore").at(c -> "/admin/restore").form("owner", "")
                .allow(ADMIN).signIn(NOT_SIGNED_IN).otherwise(FORBIDDEN));

        // ---- Issuer APIs: the issuer's key; another issuer's key sees its own issuer (our objects are not there)
        add(route("GET /api/v1/badges").at(c -> "/api/v1/badges").allow(API_KEY, OTHER_API_KEY)
                .otherwise(UNAUTHORIZED));
        add(route("GET /api/v1/badges/{slug}").at(c -> "/api/v1/badges/" + c.world().badge()).allow(API_KEY)
                .hide(OTHER_API_KEY).otherwise(UNAUTHORIZED));
        add(route("POST /api/v1/badges").at(c -> "/api/v1/badges").json("{\"name\":\"\"}").allow(API_KEY, OTHER_API_KEY)
                .otherwise(UNAUTHORIZED));
        add(route("POST /api/v1/badges [form]").at(c -> "/api/v1/badges").form("name", "")
                .allow(API_KEY, OTHER_API_KEY).otherwise(UNAUTHORIZED));
        add(route("PUT /api/v1/badges/{slug}").at(c -> "/api/v1/badges/" + c.fresh().badge()).json("{\"name\":\"\"}")
                .allow(API_KEY).hide(OTHER_API_KEY).otherwise(UNAUTHORIZED));
        add(route("PUT /api/v1/badges/{slug} [form]").at(c -> "/api/v1/badges/" + c.fresh().badge()).form("name", "")
                .allow(API_KEY).hide(OTHER_API_KEY).otherwise(UNAUTHORIZED));
        add(route("PUT /api/v1/badges/{slug}/share-text").at(c -> "/api/v1/badges/" + c.fresh().badge()
                + "/share-text").json("{\"shareText\":\"Shared\"}").allow(API_KEY).hide(OTHER_API_KEY)
                .otherwise(UNAUTHORIZED));
        add(route("DELETE /api/v1/badges/{slug}").at(c -> "/api/v1/badges/" + c.fresh().badge())
                .allow(API_KEY).hide(OTHER_API_KEY).otherwise(UNAUTHORIZED));
        add(route("POST /api/v1/badges/{slug}/awards").at(c -> "/api/v1/badges/" + c.world().badge() + "/awards")
                .json("{\"recipient\":\"not@an@address\"}").allow(API_KEY).hide(OTHER_API_KEY)
                .otherwise(UNAUTHORIZED));
        add(route("GET /api/v1/awards").at(c -> "/api/v1/awards").allow(API_KEY, OTHER_API_KEY)
                .otherwise(UNAUTHORIZED));
        add(route("GET /api/v1/awards/{id}").at(c -> "/api/v1/awards/" + c.world().award())
                .allow(API_KEY, RECIPIENT_TOKEN).hide(OTHER_API_KEY).otherwise(UNAUTHORIZED));
        add(route("GET /api/v1/awards/{id}", "someone else's award").at(c -> "/api/v1/awards/" + c.fresh().award())
                .allow(API_KEY).hide(OTHER_API_KEY, RECIPIENT_TOKEN).otherwise(UNAUTHORIZED));
        add(route("POST /api/v1/awards/{id}/revoke").at(c -> "/api/v1/awards/" + c.fresh().award() + "/revoke")
                .json("{\"reason\":\"Security matrix\"}").allow(API_KEY).hide(OTHER_API_KEY).otherwise(UNAUTHORIZED));
        for (String action : List.of("accept", "decline")) {
            add(route("POST /api/v1/awards/{id}/" + action).at(c -> "/api/v1/awards/" + c.fresh().pendingAward()
                    + "/" + action).allow(RECIPIENT_TOKEN).otherwise(UNAUTHORIZED));
        }
        // The UserBadges API (seed 003): writes with the service's own key only
        add(route("PUT /v1/{service}/badges.json").at(c -> "/v1/" + c.issuer() + "/badges.json")
                .json("{\"badges\":[{\"name\":\"\"}]}").allow(API_KEY).otherwise(UNAUTHORIZED));
        add(route("DELETE /v1/{service}/badges.json").at(c -> "/v1/" + c.issuer() + "/badges.json")
                .json("{\"badges\":[\"no-such-badge\"]}").allow(API_KEY).otherwise(UNAUTHORIZED));
        add(route("PUT /v1/{service}/users/{name}.json").at(c -> "/v1/" + c.issuer() + "/users/"
                + c.world().home().siteUser() + ".json").json("{\"badges\":[\"no-such-badge\"]}")
                .allow(API_KEY).otherwise(UNAUTHORIZED));
        add(route("DELETE /v1/{service}/users/{name}.json").at(c -> "/v1/" + c.issuer() + "/users/nobody-here.json")
                .json("{\"badges\":[\"no-such-badge\"]}").allow(API_KEY).otherwise(UNAUTHORIZED));
        // The lite API (seed 000): the collection is the issuer
        add(route("POST /api/lite/badge").at(c -> "/api/lite/badge?collection=" + c.issuer()
                + "&name=matrix&user=nobody-here").allow(API_KEY).otherwise(UNAUTHORIZED));
        add(route("GET /api/lite/badges").at(c -> "/api/lite/badges?collection=" + c.issuer() + "&user="
                + c.world().home().siteUser()).allow(API_KEY).otherwise(UNAUTHORIZED));
        add(route("DELETE /api/lite/badges").at(c -> "/api/lite/badges?collection=" + c.issuer()
                + "&user=nobody-here").allow(API_KEY).otherwise(UNAUTHORIZED));
        add(route("GET /api/lite/counters").at(c -> "/api/lite/counters?collection=" + c.issuer() + "&user="
                + c.world().home().siteUser() + "&names=_all").allow(API_KEY).otherwise(UNAUTHORIZED));
        // Personal APIs: the account's token; collections are looked up among the token's account's own
        add(route("POST /api/v1/collections").at(c -> "/api/v1/collections").json("{\"name\":\"\"}")
                .allow(RECIPIENT_TOKEN).otherwise(UNAUTHORIZED));
        add(route("GET /api/v1/collections/{name}").at(c -> "/api/v1/collections/" + c.world().home().collection())
                .allow(RECIPIENT_TOKEN).otherwise(UNAUTHORIZED));
        add(route("PUT /api/v1/collections/{name}").at(c -> "/api/v1/collections/" + c.fresh().collection())
                .json("{\"name\":\"\"}").allow(RECIPIENT_TOKEN).otherwise(UNAUTHORIZED));
        add(route("DELETE /api/v1/collections/{name}").at(c -> "/api/v1/collections/" + c.fresh().collection())
                .allow(RECIPIENT_TOKEN).otherwise(UNAUTHORIZED));
    }
}
