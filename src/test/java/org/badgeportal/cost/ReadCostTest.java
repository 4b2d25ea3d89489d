package org.badgeportal.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.badgeportal.cost.CostWorld.World;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET route the application maps (read from Spring MVC, so a new route fails {@link #everyGetRouteHasACase}
 * until it gets a case here) costs a bounded number of SQL statements that does not grow with the data: each
 * route is requested once in an installation with 3 of everything a page lists and once with 30, by the caller
 * it is meant for; the second count may not exceed the first (a paged list may add one statement, the total that
 * Spring Data counts only once the first page is full), both stay under the route's bound, and the answer is the
 * expected status (200 unless said). The table of counts and answer sizes is printed for the report.
 * <p>
 * To add a route: add a {@link Case} to {@link #CASES} with its caller, the URI built from the {@link World} and a
 * bound (the count this test prints for it plus a statement or two of margin). Routes that read no portal data go
 * to {@link #EXCLUDED} with the reason.
 */
@PortalTest
class ReadCostTest {

    private static final int SMALL = 3;
    private static final int LARGE = 30;

    /** Who asks: the route's own kind of visitor. */
    enum Caller { ANONYMOUS, OWNER, STAFF, EARNER, CLAIMER, ADMIN, API_KEY, CONSENT_API_KEY, PERSONAL_TOKEN }

    /** One request of a route: by whom, at which URI (from the world's data), at most how many statements. */
    record Case(Caller caller, Function<World, String> uri, int bound, int status, String accept, int pages) {

        static Case of(Caller caller, Function<World, String> uri, int bound) {
            return new Case(caller, uri, bound, 200, null, 0);
        }

        Case status(int expected) {
            return new Case(caller, uri, bound, expected, accept, pages);
        }

        Case accept(String mediaType) {
            return new Case(caller, uri, bound, status, mediaType, pages);
        }

        /**
         * The route shows this many paginated lists: each may cost one statement more once it has more than one
         * page (Spring Data counts the total only when the first page is full), never more.
         */
        Case paged(int lists) {
            return new Case(caller, uri, bound, status, accept, lists);
        }
    }

    private static final String LD = "application/ld+json";

    /** Route ("GET pattern", with " [ld+json]" for the content-negotiated variants) to its case. */
    static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        // Public pages
        add("/", Case.of(Caller.ANONYMOUS, w -> "/", 5).paged(1));
        add("/issuers/{issuer}", Case.of(Caller.ANONYMOUS, w -> "/issuers/" + w.issuer().getSlug(), 5).paged(1));
        add("/issuers/{issuer}/badges/{slug}", Case.of(Caller.ANONYMOUS,
                w -> "/issuers/" + w.issuer().getSlug() + "/badges/" + w.badge().getSlug(), 6));
        add("/u/{handle}", Case.of(Caller.ANONYMOUS, w -> "/u/" + w.earner().getHandle(), 6).paged(1));
        add("/u/{handle}/collections/{name}", Case.of(Caller.ANONYMOUS,
                w -> "/u/" + w.earner().getHandle() + "/collections/" + w.collection(), 4));
        add("/awards/{publicId}", Case.of(Caller.ANONYMOUS, w -> "/awards/" + w.award(), 4));
        add("/images/{id}", Case.of(Caller.ANONYMOUS, w -> "/images/" + w.imageId(), 3));
        add("/developers", Case.of(Caller.ANONYMOUS, w -> "/developers", 2));
        add("/developers/", Case.of(Caller.ANONYMOUS, w -> "/developers/", 2));
        add("/login", Case.of(Caller.ANONYMOUS, w -> "/login", 2));
        add("/signup", Case.of(Caller.ANONYMOUS, w -> "/signup", 2));
        add("/verify/sent", Case.of(Caller.ANONYMOUS, w -> "/verify/sent", 2));
        add("/verify/resend", Case.of(Caller.ANONYMOUS, w -> "/verify/resend", 2));
        add("/verify/{token}", Case.of(Caller.ANONYMOUS, w -> "/verify/unknown-token", 3).status(400));
        add("/login/forgot", Case.of(Caller.ANONYMOUS, w -> "/login/forgot", 2));
        add("/login/forgot/sent", Case.of(Caller.ANONYMOUS, w -> "/login/forgot/sent", 2));
        add("/reset/{token}", Case.of(Caller.ANONYMOUS, w -> "/reset/unknown-token", 3).status(400));
        // Open Badges documents and baked images
        add("/issuers/{issuer}/profile.json", Case.of(Caller.ANONYMOUS,
                w -> "/issuers/" + w.issuer().getSlug() + "/profile.json", 3));
        add("/issuers/{issuer} [ld+json]", Case.of(Caller.ANONYMOUS, w -> "/issuers/" + w.issuer().getSlug(), 3)
                .accept(LD));
        add("/issuers/{issuer}/revocations.json", Case.of(Caller.ANONYMOUS,
                w -> "/issuers/" + w.issuer().getSlug() + "/revocations.json", 4));
        add("/issuers/{issuer}/badges/{slug}/badgeclass.json", Case.of(Caller.ANONYMOUS,
                w -> "/issuers/" + w.issuer().getSlug() + "/badges/" + w.badge().getSlug() + "/badgeclass.json", 5));
        add("/issuers/{issuer}/badges/{slug} [ld+json]", Case.of(Caller.ANONYMOUS,
                w -> "/issuers/" + w.issuer().getSlug() + "/badges/" + w.badge().getSlug(), 5).accept(LD));
        add("/awards/{publicId}/assertion.json", Case.of(Caller.ANONYMOUS,
                w -> "/awards/" + w.award() + "/assertion.json", 4));
        add("/awards/{publicId} [ld+json]", Case.of(Caller.ANONYMOUS, w -> "/awards/" + w.award(), 4).accept(LD));
        add("/awards/{id}/credential.json", Case.of(Caller.ANONYMOUS,
                w -> "/awards/" + w.award() + "/credential.json", 9));
        add("/awards/{publicId}/badge.png", Case.of(Caller.ANONYMOUS, w -> "/awards/" + w.award() + "/badge.png", 4));
        add("/awards/{publicId}/badge.svg", Case.of(Caller.ANONYMOUS, w -> "/awards/" + w.award() + "/badge.svg", 4));
        // Embed
        add("/v1/{service}/users.json", Case.of(Caller.ANONYMOUS,
                w -> "/v1/" + w.issuer().getSlug() + "/users.json", 7));
        add("/v1/{service}/badges.json", Case.of(Caller.ANONYMOUS,
                w -> "/v1/" + w.issuer().getSlug() + "/badges.json", 5));
        add("/embed/{service}/{user}", Case.of(Caller.ANONYMOUS,
                w -> "/embed/" + w.issuer().getSlug() + "/" + w.siteUser(), 6));
        add("/embed/{service}/{user}.svg", Case.of(Caller.ANONYMOUS,
                w -> "/embed/" + w.issuer().getSlug() + "/" + w.siteUser() + ".svg", 6));
        // The earner
        add("/me", Case.of(Caller.EARNER, w -> "/me", 6).paged(1));
        add("/me/awards", Case.of(Caller.EARNER, w -> "/me/awards", 5).paged(1));
        add("/me/collections", Case.of(Caller.EARNER, w -> "/me/collections", 4).paged(1));
        add("/me/collections/{name}", Case.of(Caller.EARNER, w -> "/me/collections/" + w.collection(), 6));
        add("/me/collections/{name}/delete", Case.of(Caller.EARNER,
                w -> "/me/collections/" + w.collection() + "/delete", 6));
        add("/me/embed", Case.of(Caller.EARNER, w -> "/me/embed", 4));
        add("/me/settings", Case.of(Caller.EARNER, w -> "/me/settings", 5).paged(1));
        add("/claim/{token}", Case.of(Caller.CLAIMER, w -> "/claim/" + w.claimToken(), 5));
        // Issuer dashboard
        add("/manage", Case.of(Caller.OWNER, w -> "/manage", 4));
        add("/manage/new", Case.of(Caller.OWNER, w -> "/manage/new", 3));
        add("/manage/{issuer}", Case.of(Caller.STAFF, w -> "/manage/" + w.issuer().getSlug(), 9));
        add("/manage/{issuer}/badges", Case.of(Caller.STAFF, w -> "/manage/" + w.issuer().getSlug() + "/badges", 11).paged(1));
        add("/manage/{issuer}/badges/new", Case.of(Caller.STAFF,
                w -> "/manage/" + w.issuer().getSlug() + "/badges/new", 6));
        add("/manage/{issuer}/badges/criteria-row", Case.of(Caller.STAFF,
                w -> "/manage/" + w.issuer().getSlug() + "/badges/criteria-row?index=1", 3));
        add("/manage/{issuer}/badges/{slug}/edit", Case.of(Caller.STAFF,
                w -> "/manage/" + w.issuer().getSlug() + "/badges/" + w.badge().getSlug() + "/edit", 11));
        add("/manage/{issuer}/badges/{slug}/award", Case.of(Caller.STAFF,
                w -> "/manage/" + w.issuer().getSlug() + "/badges/" + w.badge().getSlug() + "/award", 5));
        add("/manage/{issuer}/badges/{slug}/bulk", Case.of(Caller.STAFF,
                w -> "/manage/" + w.issuer().getSlug() + "/badges/" + w.badge().getSlug() + "/bulk", 5));
        add("/manage/{issuer}/awards", Case.of(Caller.STAFF, w -> "/manage/" + w.issuer().getSlug() + "/awards", 9).paged(1));
        add("/manage/{issuer}/programs", Case.of(Caller.STAFF,
                w -> "/manage/" + w.issuer().getSlug() + "/programs", 7));
        add("/manage/{issuer}/embed", Case.of(Caller.STAFF, w -> "/manage/" + w.issuer().getSlug() + "/embed", 6));
        add("/manage/{issuer}/members", Case.of(Caller.OWNER,
                w -> "/manage/" + w.issuer().getSlug() + "/members", 6).paged(1));
        add("/manage/{issuer}/settings", Case.of(Caller.OWNER,
                w -> "/manage/" + w.issuer().getSlug() + "/settings", 6));
        add("/manage/{issuer}/api-keys", Case.of(Caller.OWNER,
                w -> "/manage/" + w.issuer().getSlug() + "/api-keys", 7).paged(1));
        // The issuer's export (streamed: a fixed number of statements however many awards)
        add("/manage/{issuer}/export", Case.of(Caller.OWNER, w -> "/manage/" + w.issuer().getSlug() + "/export", 4));
        add("/manage/{issuer}/export/issuer.json", Case.of(Caller.OWNER,
                w -> "/manage/" + w.issuer().getSlug() + "/export/issuer.json", 13));
        add("/manage/{issuer}/export/badges.csv", Case.of(Caller.OWNER,
                w -> "/manage/" + w.issuer().getSlug() + "/export/badges.csv", 9));
        add("/manage/{issuer}/export/awards.csv", Case.of(Caller.OWNER,
                w -> "/manage/" + w.issuer().getSlug() + "/export/awards.csv", 5));
        add("/manage/{issuer}/export/recipients.csv", Case.of(Caller.OWNER,
                w -> "/manage/" + w.issuer().getSlug() + "/export/recipients.csv", 5));
        // Site administration
        add("/admin/restore", Case.of(Caller.ADMIN, w -> "/admin/restore", 2));
        add("/admin/issuers", Case.of(Caller.ADMIN, w -> "/admin/issuers", 4).paged(1));
        add("/admin/mailbox", Case.of(Caller.ADMIN, w -> "/admin/mailbox", 5).paged(1));
        add("/admin/mailbox/{id}", Case.of(Caller.ADMIN, w -> "/admin/mailbox/" + w.mailId(), 4));
        // JSON APIs
        add("/api/v1/badges", Case.of(Caller.API_KEY, w -> "/api/v1/badges", 10));
        add("/api/v1/badges/{slug}", Case.of(Caller.API_KEY, w -> "/api/v1/badges/" + w.badge().getSlug(), 9));
        add("/api/v1/awards", Case.of(Caller.API_KEY, w -> "/api/v1/awards", 6).paged(1));
        add("/api/v1/awards/{id}", Case.of(Caller.API_KEY, w -> "/api/v1/awards/" + w.award(), 5));
        add("/api/v1/users/{handle}", Case.of(Caller.ANONYMOUS, w -> "/api/v1/users/" + w.earner().getHandle(), 6));
        add("/api/v1/users/{handle}/collections", Case.of(Caller.ANONYMOUS,
                w -> "/api/v1/users/" + w.earner().getHandle() + "/collections", 5));
        add("/api/v1/collections/{name}", Case.of(Caller.PERSONAL_TOKEN,
                w -> "/api/v1/collections/" + w.collection(), 7));
        add("/api/lite/badges", Case.of(Caller.API_KEY,
                w -> "/api/lite/badges?collection=" + w.issuer().getSlug() + "&user=" + w.siteUser(), 4));
        add("/api/lite/counters", Case.of(Caller.API_KEY, w -> "/api/lite/counters?collection="
                + w.issuer().getSlug() + "&user=" + w.siteUser() + "&names=_all," + w.badge().getSlug(), 4));
    }

    /** GET routes that read no portal data, with the reason. */
    static final Map<String, String> EXCLUDED = Map.of(
            "/error", "Spring Boot's error page: renders what the failed request left, reads nothing",
            "/developers/api", "springdoc's redirect to the Swagger UI (static resources)",
            "/v3/api-docs", "springdoc's OpenAPI document, generated from the code",
            "/v3/api-docs.yaml", "springdoc's OpenAPI document, generated from the code",
            "/v3/api-docs/swagger-config", "springdoc's Swagger UI configuration",
            "/api/v1/binding-probe/{id}", "a controller of the test sources (ApiBadInputTest), not the portal's");

    private static void add(String route, Case value) {
        CASES.put("GET " + route, value);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    CostWorld worlds;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyGetRouteHasACase() {
        Set<String> routes = getRoutes();
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(CASES.keySet());
        missing.removeIf(route -> EXCLUDED.containsKey(route.substring("GET ".length())));
        assertThat(missing).as("GET routes without a cost case in ReadCostTest.CASES (add one with its bound)")
            .isEmpty();
        Set<String> stale = new TreeSet<>(CASES.keySet());
        stale.removeAll(routes);
        assertThat(stale).as("cases in ReadCostTest.CASES for routes the application no longer maps").isEmpty();
    }

    @Test
    void everyReadCostsABoundedNumberOfStatementsThatDoesNotGrowWithTheData() throws Exception {
        World small = worlds.build(SMALL);
        World large = worlds.build(LARGE);
        Map<String, long[]> counts = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Case> entry : CASES.entrySet()) {
            Case route = entry.getValue();
            long[] few = count(entry.getKey(), route, small, problems);
            long[] many = count(entry.getKey(), route, large, problems);
            counts.put(entry.getKey(), new long[] {few[0], many[0], route.bound(), few[1], many[1]});
            if (many[0] > few[0] + route.pages()) {
                problems.add(entry.getKey() + ": " + few[0] + " statements with " + SMALL + " of each, " + many[0]
                        + " with " + LARGE);
            }
            if (Math.max(few[0], many[0]) > route.bound()) {
                problems.add(entry.getKey() + ": " + Math.max(few[0], many[0]) + " statements, over its bound "
                        + route.bound());
            }
        }
        StringBuilder table = new StringBuilder(String.format("SQL statements per request (and answer bytes)%n  %-58s %4s %4s %5s %8s %8s%n",
                "route", SMALL, LARGE, "bound", "bytes " + SMALL, "bytes " + LARGE));
        counts.forEach((route, values) -> table.append(String.format("  %-58s %4d %4d %5d %8d %8d%n", route, values[0],
                values[1], values[2], values[3], values[4])));
        System.out.println(table);
        assertThat(problems).as(table.toString()).isEmpty();
    }

    /** The statements of one request and the size of its answer. */
    private long[] count(String name, Case route, World world, List<String> problems) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(route.uri().apply(world));
        if (route.accept() != null) {
            request.header("Accept", route.accept());
        }
        switch (route.caller()) {
            case ANONYMOUS -> { }
            case OWNER -> request.with(user(data.principal(world.owner())));
            case STAFF -> request.with(user(data.principal(world.staff())));
            case EARNER -> request.with(user(data.principal(world.earner())));
            case CLAIMER -> request.with(user(data.principal(world.claimer())));
            case ADMIN -> request.with(user(data.principal(world.admin())));
            case API_KEY -> request.header("X-Api-Key", world.apiKey());
            case CONSENT_API_KEY -> request.header("X-Api-Key", world.consentApiKey());
            case PERSONAL_TOKEN -> request.header("Authorization", "Bearer " + world.personalToken());
        }
        MockHttpServletResponse[] response = new MockHttpServletResponse[1];
        long statements = SqlStatements.countDuring(() -> response[0] = mvc.perform(request).andReturn().getResponse());
        if (response[0].getStatus() != route.status()) {
            problems.add(name + " answered " + response[0].getStatus() + " (expected " + route.status() + ") with "
                    + world.size() + " of each: " + abbreviate(response[0].getContentAsString()));
        }
        return new long[] {statements, response[0].getContentAsByteArray().length};
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** "GET pattern" of every GET mapping, with " [ld+json]" for those that only produce JSON-LD. */
    private Set<String> getRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            boolean ld = info.getProducesCondition().getProducibleMediaTypes().stream()
                .anyMatch(type -> type.toString().equals(LD));
            for (String pattern : info.getPatternValues()) {
                routes.add("GET " + pattern + (ld ? " [ld+json]" : ""));
            }
        }
        return routes;
    }
}
