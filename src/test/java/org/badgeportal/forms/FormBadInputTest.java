package org.badgeportal.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardService;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every state-changing route of the portal's pages (POST, PUT, PATCH, DELETE read from Spring MVC, without the JSON
 * APIs under {@code /v1/**} and {@code /api/**} that {@code api.ApiBadInputTest} covers, so new forms are covered
 * without changing this test) gets many generated requests ({@link FormInputs}), with the inputs learnt from its
 * handler method ({@link FormRoute#inputsOf}), sent by the route's own caller: the issuer's owner for
 * {@code /manage/**}, an administrator for {@code /admin/**}, nobody for sign-up, sign-in help, reset and
 * verification, the earner for the rest. Each route gets a world of its own ({@link FormWorld}).
 * <p>
 * No answer may be a 5xx or let an exception escape; a 4xx page is HTML (or the error page, when the answer is a
 * bare error status) without a stack trace; and a request that fails (a 4xx, or a page showing field errors or an
 * error alert) leaves every table as it was: a row count and two content hashes per table, compared before and
 * after. Not compared: {@code spring_session*} (a session may be created or touched by any request, a failed one
 * too: that is the sign-in state, not data), {@code shedlock} (scheduled jobs' locks), {@code used_signature}
 * (the API's replay guard, cleaned up on a schedule), {@code flyway_schema_history}, {@code issuer_key} (the
 * settings page makes the issuer's signing key the first time it shows, for a GET too, so showing the form again
 * with its errors may make it: not the form's data), and the delivery columns of
 * {@code outbound_mail} (status, attempts, errors, times: the mail dispatcher's background thread updates them;
 * a new or changed mail still counts).
 * <p>
 * The requests come from a seed printed at the start; repeat a run with {@code -Dformfuzz.seed=<seed>}. The
 * number of requests ({@code -Dformfuzz.cases}, default 400) is spread over the routes. A summary of answers by
 * route and status is printed at the end.
 */
@PortalTest
class FormBadInputTest {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int CASES = Integer.getInteger("formfuzz.cases", 400);
    private static final Set<String> UNCOMPARED_TABLES = Set.of("SPRING_SESSION", "SPRING_SESSION_ATTRIBUTES",
            "SHEDLOCK", "USED_SIGNATURE", "FLYWAY_SCHEMA_HISTORY", "ISSUER_KEY");
    private static final Set<String> UNCOMPARED_COLUMNS = Set.of("OUTBOUND_MAIL.STATUS", "OUTBOUND_MAIL.ATTEMPTS",
            "OUTBOUND_MAIL.LAST_ERROR", "OUTBOUND_MAIL.SENT_AT", "OUTBOUND_MAIL.NEXT_ATTEMPT_AT");

    /** Answers by route and status, printed at the end. */
    private static final Map<String, Map<Integer, Integer>> SEEN = new TreeMap<>();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardService awards;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String snapshotQuery;
    /**
     * The database as the last failed request left it: the next request's "before" when nothing happened since
     * (snapshots read every row, so this halves the cost). A success or a new world forgets it.
     */
    private List<Map<String, Object>> unchangedSince;

    @AfterAll
    static void printSummary() {
        StringBuilder summary = new StringBuilder("FormBadInputTest answers by route and status:\n");
        SEEN.forEach((route, statuses) -> summary.append(String.format("  %-70s %5d %s%n", route,
                statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses)));
        System.out.println(summary);
    }

    @TestFactory
    Stream<DynamicTest> everyFormAnswersBadInputWithoutErrorOrPartialWrite() {
        long seed = Long.getLong("formfuzz.seed", new Random().nextLong());
        System.out.println("FormBadInputTest seed " + seed + " (repeat with -Dformfuzz.seed=" + seed + ")");
        List<FormRoute> routes = routes();
        assertThat(routes).as("state-changing page routes").hasSizeGreaterThan(10);
        snapshotQuery = snapshotQuery();
        FormWorld.People people = FormWorld.People.create(data, jdbc);
        int perRoute = Math.max(10, CASES / routes.size());
        Stream<DynamicTest> cases = routes.stream().flatMap(route -> {
            FormWorld[] world = new FormWorld[1];
            return IntStream.range(0, perRoute).mapToObj(number -> dynamicTest(route + " #" + number, () -> {
                if (world[0] == null) {
                    world[0] = FormWorld.build(people, data, awards, jdbc, clock);
                    unchangedSince = null;
                }
                Random random = new Random(seed * 31 + route.toString().hashCode() * 1009L + number);
                FormInputs.Request request = new FormInputs(random, world[0]).request(route);
                check(route, request, caller(route, world[0]), seed, number);
            }));
        });
        DynamicTest everyRouteReached = dynamicTest("every route got requests", () -> {
            for (FormRoute route : routes) {
                assertThat(SEEN.getOrDefault(route.toString(), Map.of())).as("answers to %s", route).isNotEmpty();
            }
        });
        return Stream.concat(cases, Stream.of(everyRouteReached));
    }

    private void check(FormRoute route, FormInputs.Request request, Account caller, long seed, int number)
            throws Exception {
        String context = "seed " + seed + ", " + route + " #" + number + " as "
                + (caller == null ? "anonymous" : caller.getDisplayName()) + " (" + request.description() + "): "
                + request.summary();
        List<Map<String, Object>> before = unchangedSince != null ? unchangedSince : snapshot();
        unchangedSince = null;
        MockHttpServletResponse response;
        try {
            response = mvc.perform(build(request, caller)).andReturn().getResponse();
        } catch (Exception | AssertionError escaped) {
            throw new AssertionError("An exception escaped (a 500 in production) for " + context, escaped);
        }
        int status = response.getStatus();
        synchronized (SEEN) {
            SEEN.computeIfAbsent(route.toString(), r -> new TreeMap<>()).merge(status, 1, Integer::sum);
        }
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(status).as("status of %s; body %s", context, cut(body)).isLessThan(500);
        assertThat(body).as("body of %s", context).doesNotContain("Exception", "\tat org.", "at org.springframework",
                "Whitelabel");
        if (status >= 400 && !body.isBlank()) {
            // Addresses ending in .json answer JSON (with a message) like the documents the portal serves there.
            assertThat(response.getContentType()).as("content type of %s", context)
                .startsWith(request.uri().endsWith(".json") ? "application/json" : "text/html");
        }
        if (status >= 400 && body.isBlank()) {
            assertThat(response.isCommitted()).as("%s: a 4xx without a page must be an error status (the error"
                    + " page shows it)", context).isTrue();
        }
        if (status >= 300 && status < 400) {
            assertThat(response.getHeader("Location")).as("redirect of %s", context).isNotBlank();
        }
        boolean failed = status >= 400 || body.contains("is-invalid") || body.contains("alert-danger");
        if (failed) {
            List<Map<String, Object>> after = snapshot();
            if (!after.equals(before)) {
                List<String> changed = new ArrayList<>();
                for (int i = 0; i < before.size(); i++) {
                    if (!before.get(i).equals(after.get(i))) {
                        changed.add(before.get(i) + " -> " + after.get(i));
                    }
                }
                throw new AssertionError("A failed request (" + status + ") changed " + changed + " for " + context
                        + "; body " + cut(body));
            }
            unchangedSince = after;
        }
    }

    private AbstractMockHttpServletRequestBuilder<?> build(FormInputs.Request request, Account caller) {
        URI uri = URI.create(request.uri());
        AbstractMockHttpServletRequestBuilder<?> builder;
        if (request.multipart()) {
            MockMultipartHttpServletRequestBuilder multipart =
                    MockMvcRequestBuilders.multipart(HttpMethod.valueOf(request.method()), uri);
            for (FormInputs.Upload upload : request.uploads()) {
                multipart.file(new MockMultipartFile(upload.field(), upload.filename(), upload.contentType(),
                        upload.bytes()));
            }
            builder = multipart;
        } else {
            builder = MockMvcRequestBuilders.request(HttpMethod.valueOf(request.method()), uri)
                .contentType("application/x-www-form-urlencoded");
        }
        for (Map.Entry<String, String> param : request.params()) {
            builder.param(param.getKey(), param.getValue());
        }
        int n = ADDRESSES.incrementAndGet();
        String address = "100." + (64 + ((n >> 16) & 63)) + "." + ((n >> 8) & 255) + "." + (n & 255);
        builder.with(call -> {
            call.setRemoteAddr(address);
            return call;
        });
        if (request.csrf()) {
            builder.with(csrf());
        }
        if (request.htmx()) {
            builder.header("HX-Request", "true");
        }
        if (caller != null) {
            builder.with(user(data.principal(caller)));
        }
        return builder;
    }

    /** The route's own caller: administrators for /admin, the issuer's owner for /manage, nobody for sign-up. */
    private static Account caller(FormRoute route, FormWorld world) {
        String path = route.pattern();
        if (path.startsWith("/admin")) {
            return world.people().admin();
        }
        if (path.startsWith("/manage")) {
            return world.people().owner();
        }
        if (path.startsWith("/signup") || path.startsWith("/login") || path.startsWith("/reset")
                || path.startsWith("/verify")) {
            return null;
        }
        return world.people().earner();
    }

    /**
     * The state-changing routes of the pages: one per method, pattern and parameter condition, with the inputs of
     * every handler method mapped there.
     */
    private List<FormRoute> routes() {
        Map<String, FormRoute> routes = new TreeMap<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.stream().map(RequestMethod::name).filter(WRITES::contains).toList();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/v1/") || pattern.equals("/error")) {
                    continue;
                }
                for (String method : names) {
                    Map<String, String> params = FormInputs.paramsCondition(info.getParamsCondition().getExpressions());
                    List<FormRoute.Input> inputs = FormRoute.inputsOf(handler);
                    FormRoute route = new FormRoute(method, pattern, params, inputs, handler.getShortLogMessage());
                    routes.merge(route.toString(), route, (one, two) -> {
                        Map<String, FormRoute.Input> merged = new LinkedHashMap<>();
                        one.inputs().forEach(input -> merged.put(input.name(), input));
                        two.inputs().forEach(input -> merged.putIfAbsent(input.name(), input));
                        return new FormRoute(one.method(), one.pattern(), one.params(),
                                new ArrayList<>(merged.values()), one.handler());
                    });
                }
            }
        });
        routes.values().forEach(route -> System.out.println("FormBadInputTest route " + route + " inputs "
                + route.inputs().stream().map(i -> i.name() + ":" + i.kind()).collect(Collectors.joining(", "))));
        return new ArrayList<>(routes.values());
    }

    /**
     * One query giving, for every compared table, its row count and two hashes of its rows' contents (binary
     * columns by length: images are never changed in place).
     */
    private String snapshotQuery() {
        Map<String, List<String>> columns = new TreeMap<>();
        jdbc.query("select table_name, column_name, data_type from information_schema.columns"
                + " where table_schema = 'PUBLIC' order by table_name, ordinal_position", row -> {
                    String table = row.getString(1).toUpperCase(Locale.ROOT);
                    String column = row.getString(2).toUpperCase(Locale.ROOT);
                    String type = row.getString(3).toUpperCase(Locale.ROOT);
                    if (UNCOMPARED_TABLES.contains(table) || UNCOMPARED_COLUMNS.contains(table + "." + column)) {
                        return;
                    }
                    String quoted = "\"" + row.getString(2) + "\"";
                    String value = type.contains("BINARY") || type.contains("BLOB")
                            ? "cast(octet_length(" + quoted + ") as varchar)" : "cast(" + quoted + " as varchar)";
                    columns.computeIfAbsent(row.getString(1), t -> new ArrayList<>())
                        .add("coalesce(" + value + ", '~null~')");
                });
        return columns.entrySet().stream().map(table -> {
            String row = "concat_ws('|', " + String.join(", ", table.getValue()) + ")";
            return "select '" + table.getKey() + "' as t, count(*) as n, coalesce(bit_xor_agg(ora_hash(" + row
                    + ")), 0) as h1, coalesce(sum(ora_hash(" + row + ", 4294967295, 7)), 0) as h2 from \""
                    + table.getKey() + "\"";
        }).collect(Collectors.joining(" union all ", "", " order by t"));
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList(snapshotQuery);
    }

    private static String cut(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "..." : body;
    }
}
