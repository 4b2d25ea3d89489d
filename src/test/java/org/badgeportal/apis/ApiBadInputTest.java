package org.badgeportal.apis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every API route the application maps ({@code /api/**}, {@code /v1/**}, read from Spring MVC itself, so routes
 * added later are covered without changing this test) gets many generated bad requests ({@link BadInputs}):
 * none may end in a 5xx, every 4xx carries a JSON error body with a message, and every answer is JSON.
 * <p>
 * The requests come from a seed printed at the start; repeat a run with {@code -Dbadinput.seed=<seed>}. The
 * number of requests ({@code -Dbadinput.cases}, default 800) is spread over the routes. Each route calls from an
 * address of its own (198.18.0.0/15, the benchmarking range) with its own key and token, within the rate limits.
 */
@PortalTest
class ApiBadInputTest {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** Addresses no endpoint answers, in each API: they must answer like the others. */
    private static final List<Route> UNMAPPED = List.of(new Route("POST", "/api/v1/no-such-endpoint/{id}"),
            new Route("GET", "/api/lite/no-such-endpoint"), new Route("DELETE", "/v1/{service}/no-such.json"));

    private static final int CASES = Integer.getInteger("badinput.cases", 800);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JsonMapper json;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Answers seen, by status, printed at the end so a run shows what it reached. */
    private static final Map<Integer, Integer> SEEN = new ConcurrentSkipListMap<>();

    @AfterAll
    static void printStatuses() {
        System.out.println("ApiBadInputTest answers by status: " + SEEN);
    }

    @TestFactory
    Stream<DynamicTest> everyApiRouteAnswersBadInputWithA4xxJsonError() {
        long seed = Long.getLong("badinput.seed", new Random().nextLong());
        System.out.println("ApiBadInputTest seed " + seed + " (repeat with -Dbadinput.seed=" + seed + ")");

        Account owner = data.account("fuzz");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        Badge badge = data.badge(issuer, "Fuzzing");
        Map<String, List<String>> known = knownValues(owner, issuer, badge);

        List<Route> routes = routes();
        assertThat(routes).as("API routes").isNotEmpty();
        int perRoute = Math.max(20, Math.min(250, CASES / routes.size()));
        return IntStream.range(0, routes.size()).boxed().flatMap(index -> {
            Route route = routes.get(index);
            Caller caller = new Caller("198.18." + (index / 250) + "." + (index % 250 + 1),
                    data.apiKey(issuer), data.personalToken(owner));
            return IntStream.range(0, perRoute).mapToObj(number -> {
                Random random = new Random(seed * 31 + route.hashCode() * 1009L + number);
                String method = random.nextInt(25) == 0 ? METHODS.get(random.nextInt(METHODS.size()))
                        : route.method();
                BadInputs.Request request = new BadInputs(random, known).request(method, route.pattern());
                String credential = caller.pick(random);
                return dynamicTest(route + " #" + number + ": " + request.description(),
                        () -> check(request, credential, caller.address(), seed));
            });
        });
    }

    private void check(BadInputs.Request request, String credential, String address, long seed) throws Exception {
        MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(request.method()),
                URI.create(request.uri())).content(request.body()).with(call -> {
                    call.setRemoteAddr(address);
                    return call;
                });
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (credential != null) {
            builder.header("X-Api-Key", credential);
        }
        String context = "seed " + seed + ", " + request.summary();
        MockHttpServletResponse response;
        try {
            response = mvc.perform(builder).andReturn().getResponse();
        } catch (Exception | AssertionError escaped) {
            throw new AssertionError("An exception escaped (a 500 in production) for " + context, escaped);
        }
        int status = response.getStatus();
        SEEN.merge(status, 1, Integer::sum);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(status).as("status of %s; body %s", context, body).isLessThan(500);
        if (status == 204 || status == 304 || request.method().equals("HEAD")) {
            return;
        }
        assertThat(status / 100).as("status class of %s", context).isNotEqualTo(3);
        assertThat(response.getContentType()).as("content type of %s", context).isNotNull();
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
            .as("JSON content type (%s) of %s", response.getContentType(), context).isTrue();
        JsonNode answer;
        try {
            answer = json.readTree(body);
        } catch (RuntimeException notJson) {
            throw new AssertionError("Not JSON: " + body + " for " + context, notJson);
        }
        if (status >= 400) {
            assertThat(errorMessage(answer)).as("error message of %s in %s", context, body).isNotBlank();
        }
    }

    /** The error's sentence in each API's style: {@code error}, {@code message} or {@code content.message}. */
    private static String errorMessage(JsonNode answer) {
        for (JsonNode candidate : List.of(answer.path("error"), answer.path("message"),
                answer.path("content").path("message"))) {
            if (candidate.isString() && !candidate.asString().isBlank()) {
                return candidate.asString();
            }
        }
        return null;
    }

    /**
     * The API routes with their methods (all of the usual ones where a mapping names none), and a few addresses
     * no endpoint answers.
     */
    private List<Route> routes() {
        Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::toString));
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST", "PUT", "DELETE")
                    : methods.stream().map(RequestMethod::name).toList();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/v1/")) {
                    names.forEach(method -> routes.add(new Route(method, pattern)));
                }
            }
        }
        routes.addAll(UNMAPPED);
        return new ArrayList<>(routes);
    }

    /** Values the path variables take when they should find something: by variable name, and "*" for any. */
    private static Map<String, List<String>> knownValues(Account owner, Issuer issuer, Badge badge) {
        List<String> any = List.of(issuer.getSlug(), badge.getSlug(), owner.getHandle(), "test",
                String.valueOf(badge.getId()), "1");
        List<String> issuers = List.of(issuer.getSlug(), "test");
        List<String> badges = List.of(badge.getSlug(), String.valueOf(badge.getId()));
        List<String> users = List.of(owner.getHandle(), owner.getEmail());
        return Map.ofEntries(Map.entry("*", any), Map.entry("service", issuers), Map.entry("issuer", issuers),
                Map.entry("collection", issuers), Map.entry("slug", badges), Map.entry("badge", badges),
                Map.entry("name", users), Map.entry("user", users), Map.entry("handle", users),
                Map.entry("id", List.of(String.valueOf(badge.getId()), "1", "0")));
    }

    private record Route(String method, String pattern) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /** Who a route's requests come from: one address, an issuer key mostly, a personal token or nothing. */
    private record Caller(String address, String key, String token) {

        String pick(Random random) {
            int pick = random.nextInt(20);
            return pick < 13 ? key : pick < 18 ? token : null;
        }
    }
}
