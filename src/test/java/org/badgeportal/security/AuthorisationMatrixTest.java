package org.badgeportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.badgeportal.security.Route.Outcome;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorisation matrix: every route the application maps ({@link Routes}: Spring MVC's mappings, all their
 * methods, and the web-exposed actuator operations) times every kind of {@link Caller}, each cell a test named
 * "route (variant) x CALLER" that compares what the caller gets with the outcome {@link AccessPolicy} expects.
 * A route without a row in {@link AccessPolicy}, or a row without an outcome for some caller, fails
 * {@link #everyRouteHasExpectations}.
 * <p>
 * The installation is built once ({@link SecurityWorld}). Cells of one route run with the refused callers first and
 * the allowed ones last. Routes that change things get fresh objects per cell where the change would destroy
 * something (a new badge to delete, a new pending award to accept, a new collection to delete, a new API key to
 * revoke, ...) or input that validation refuses (an empty name, an invalid recipient): for those cells ALLOWED
 * means only that the request got through authorisation and was then handled (2xx, a redirect that is not to the
 * login page, or 400/409/413/422), not that the change was made. Which change is made is the feature tests' business.
 * <p>
 * What the matrix does not show: CSRF (every page write carries a valid token; {@link #pageWritesWithoutCsrfTokenAreRefused}
 * checks the other side); real sessions (signed-in callers come as MockMvc principals, which reach the API chain
 * too and are refused there like anonymous callers; {@link #aRealSessionIsNoCredentialForTheApis} shows that a
 * real SESSION cookie is ignored by the APIs); the filter-only routes POST /login and POST /logout (no MVC
 * mapping); static resources; HTTP methods a path does not map (405).
 */
@PortalTest
class AuthorisationMatrixTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    SecurityWorld worlds;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    WebEndpointsSupplier actuator;

    @Test
    void everyRouteHasExpectations() {
        Set<String> routes = Routes.of(mappings, actuator);
        Set<String> covered = new TreeSet<>();
        List<String> incomplete = new ArrayList<>();
        for (Route route : AccessPolicy.ROUTES) {
            covered.add(route.key);
            if (!route.unclassified().isEmpty()) {
                incomplete.add(route.name() + " has no outcome for " + route.unclassified());
            }
        }
        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(routes);
        assertThat(missing).as("routes the application maps without a row in AccessPolicy").isEmpty();
        assertThat(stale).as("rows in AccessPolicy for routes the application does not map").isEmpty();
        assertThat(incomplete).as("rows without an outcome for every caller").isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> matrix() {
        SecurityWorld.World world = worlds.world();
        return AccessPolicy.ROUTES.stream().map(route -> DynamicContainer.dynamicContainer(route.name(),
                route.expectations().entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<Caller, Outcome> cell) -> cell.getValue() == Outcome.ALLOWED)
                        .thenComparing(Map.Entry::getKey))
                    .map(cell -> DynamicTest.dynamicTest(route.name() + " x " + cell.getKey(),
                        () -> check(route, cell.getKey(), cell.getValue(), world)))));
    }

    @Test
    void pageWritesWithoutCsrfTokenAreRefused() throws Exception {
        SecurityWorld.World world = worlds.world();
        Map<String, Integer> answered = new LinkedHashMap<>();
        for (Route route : AccessPolicy.ROUTES) {
            if (!route.writes() || route.isApi() || route.key.endsWith(" /error")) {
                continue;
            }
            Caller caller = route.expectations().entrySet().stream().filter(e -> e.getValue() == Outcome.ALLOWED)
                .map(Map.Entry::getKey).filter(Caller::signedIn).findFirst().orElse(Caller.ANONYMOUS);
            var request = caller.apply(route.request(new Route.Cell(world, worlds, caller)), world, data, false);
            answered.put(route.name() + " x " + caller, mvc.perform(request).andReturn().getResponse().getStatus());
        }
        assertThat(answered).isNotEmpty().allSatisfy((cell, status) -> assertThat(status).as(cell).isEqualTo(403));
    }

    /**
     * The methods a path does not map (of GET, POST, PUT, PATCH, DELETE) are refused whoever asks: each is sent by
     * the caller most likely to get through (the owner with a CSRF token on pages, the issuer's key on the APIs)
     * and answers 401, 403, 404 or 405, never anything that does something.
     */
    @Test
    void methodsAPathDoesNotMapAreRefused() throws Exception {
        SecurityWorld.World world = worlds.world();
        Map<String, Set<String>> methods = new LinkedHashMap<>();
        Map<String, Route> examples = new LinkedHashMap<>();
        for (Route route : AccessPolicy.ROUTES) {
            methods.computeIfAbsent(route.pattern(), pattern -> new TreeSet<>()).add(route.method.name());
            examples.putIfAbsent(route.pattern(), route);
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Map.Entry<String, Route> example : examples.entrySet()) {
            Route route = example.getValue();
            Caller caller = route.isApi() ? Caller.API_KEY : Caller.OWNER;
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                if (methods.get(example.getKey()).contains(method) || (method + " " + example.getKey())
                        .equals("POST /login")) {
                    continue; // mapped, or the sign-in form's target (Spring Security's filter, no MVC mapping)
                }
                var request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method),
                        route.uri(new Route.Cell(world, worlds, caller)));
                caller.apply(request, world, data, !route.isApi());
                answers.put(method + " " + example.getKey(), mvc.perform(request).andReturn().getResponse().getStatus());
            }
        }
        assertThat(answers).isNotEmpty().allSatisfy((call, status) -> assertThat(status).as(call)
            .isIn(401, 403, 404, 405));
    }

    /**
     * The matrix's signed-in callers are MockMvc principals, which reach the API chain too; a browser's real
     * session does not: the APIs are stateless and take no cookie as a credential, so a page on another site cannot
     * make a signed-in browser call them (no CSRF there).
     */
    @Test
    void aRealSessionIsNoCredentialForTheApis() throws Exception {
        SecurityWorld.World world = worlds.world();
        MockHttpServletResponse signedIn = mvc.perform(MockMvcRequestBuilders.post("/login")
                .param("email", world.recipient().getEmail()).param("password", TestData.PASSWORD).with(csrf())
                .with(r -> {
                    r.setRemoteAddr("198.19.89.1");
                    return r;
                })).andReturn().getResponse();
        assertThat(signedIn.getRedirectedUrl()).doesNotContain("error");
        Cookie[] session = signedIn.getCookies();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/me").cookie(session)).andReturn().getResponse()
                .getStatus()).as("the session works on pages").isEqualTo(200);
        for (Route route : AccessPolicy.ROUTES) {
            if (!route.isApi() || route.expected(Caller.RECIPIENT_TOKEN) != Outcome.ALLOWED
                    || route.expected(Caller.ANONYMOUS) == Outcome.ALLOWED) {
                continue;
            }
            var request = route.request(new Route.Cell(world, worlds, Caller.RECIPIENT)).cookie(session);
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(route.name() + " with a session")
                .isEqualTo(401);
        }
    }

    private void check(Route route, Caller caller, Outcome expected, SecurityWorld.World world) throws Exception {
        Route.Cell cell = new Route.Cell(world, worlds, caller);
        var request = caller.apply(route.request(cell), world, data, route.writes() && !route.isApi());
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String actual = classify(route, response);
        assertThat(actual).as("%s x %s answered %s%s: %s", route.name(), caller, response.getStatus(),
                response.getRedirectedUrl() == null ? "" : " to " + response.getRedirectedUrl(),
                abbreviate(response.getContentAsString())).isEqualTo(expected.name());
    }

    /** The outcome kind of an answer, or a description of an answer that is none of them. */
    static String classify(Route route, MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl() == null ? response.getHeader("Location")
                : response.getRedirectedUrl();
        if (status >= 300 && status < 400 && location != null && isLogin(location)) {
            return Outcome.SIGN_IN.name();
        }
        if (status == 401 && response.getHeader("HX-Redirect") != null && isLogin(response.getHeader("HX-Redirect"))) {
            return Outcome.SIGN_IN.name();
        }
        return switch (status) {
            case 401 -> Outcome.UNAUTHORIZED.name();
            case 403 -> Outcome.FORBIDDEN.name();
            case 404 -> Outcome.HIDDEN.name();
            case 400, 409, 413, 422 -> route.acceptsInputRefusal() ? Outcome.ALLOWED.name() : "REFUSED " + status;
            default -> status >= 200 && status < 400 ? Outcome.ALLOWED.name() : "STATUS " + status;
        };
    }

    private static boolean isLogin(String location) {
        String path = location.replaceFirst("^https?://[^/]+", "");
        return path.equals("/login") || path.startsWith("/login?");
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
