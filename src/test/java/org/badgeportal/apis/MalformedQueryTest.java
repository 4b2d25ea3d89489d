package org.badgeportal.apis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalHttpTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Query strings the servlet container cannot parse (an empty parameter name, stray {@code &} and {@code =}, bad
 * percent-encoding, repeated parameters) sent over real HTTP, byte for byte as written here, to every API route the
 * application maps: each answers below 500, and a refusal is JSON in the called API's error shape. A mock request
 * would not do: the container's own parameter parser is what failed.
 */
@PortalHttpTest
class MalformedQueryTest {

    /** Raw query strings, sent without any encoding. */
    static final List<String> QUERIES = List.of("=x", "a=1&=x", "&&", "=", "&=&", "a=%zz", "%", "a=%e2%82",
            "%=%", "a=1&a=2&a=3", "a&a=&=a", "sort=name&sort=name%");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> everyApiRouteAnswersAnUnparsableQueryStringWithA4xxInItsOwnErrorShape() {
        Issuer issuer = data.issuer(data.account("queries"), AcceptancePolicy.AUTOMATIC);
        String key = data.apiKey(issuer);
        List<String[]> routes = routes(issuer.getSlug());
        assertThat(routes).hasSizeGreaterThan(10);
        return IntStream.range(0, routes.size()).boxed().flatMap(index -> {
            String[] route = routes.get(index);
            // the empty name (the fault once found) on every route, and two more kinds per route in turn
            return Stream.of(QUERIES.get(0), QUERIES.get(1 + index % (QUERIES.size() - 1)),
                            QUERIES.get(1 + (index + 5) % (QUERIES.size() - 1)))
                    .distinct()
                    .map(query -> dynamicTest(route[0] + " " + route[1] + "?" + query,
                            () -> check(route[0], route[1] + "?" + query, key)));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyApiRouteThatTakesABodyAnswersAnUnparsableFormBodyWithA4xx() {
        Issuer issuer = data.issuer(data.account("forms"), AcceptancePolicy.AUTOMATIC);
        String key = data.apiKey(issuer);
        return routes(issuer.getSlug()).stream()
                .filter(route -> !route[0].equals("GET") && !route[0].equals("DELETE"))
                .map(route -> dynamicTest(route[0] + " " + route[1] + " with the form body =x&a=%zz",
                        () -> check(route[0], route[1], key, FORM)));
    }

    private void check(String method, String target, String key) throws IOException {
        check(method, target, key, JSON_BODY);
    }

    private void check(String method, String target, String key, Body body) throws IOException {
        Answer answer = send(method, target, key, body);
        assertThat(answer.status()).as("%s %s answered %s", method, target, answer.body()).isBetween(200, 499);
        if (answer.status() >= 400) {
            JsonNode error = JSON.readTree(answer.body());
            assertThat(message(error)).as("error message of %s %s in %s", method, target, answer.body())
                    .isNotBlank();
        }
    }

    /** The error's sentence in each API's style: {@code error}, {@code message} or {@code content.message}. */
    private static String message(JsonNode body) {
        for (JsonNode candidate : List.of(body.path("error"), body.path("message"), body.path("content").path("message"),
                body.path("info").path("message"))) {
            if (candidate.isString() && !candidate.asString().isBlank()) {
                return candidate.asString();
            }
        }
        return null;
    }

    /** Every API route with one method, its path variables filled with the test issuer's slug. */
    private List<String[]> routes(String slug) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") || pattern.startsWith("/v1/")) {
                    routes.add(method + " " + pattern.replaceAll("\\{[^}]*}", slug));
                }
            }
        }
        List<String[]> list = new ArrayList<>();
        routes.forEach(route -> list.add(route.split(" ", 2)));
        return list;
    }

    /** One HTTP/1.1 request written by hand, so that the query string reaches the server exactly as given. */
    private Answer send(String method, String target, String key, Body body) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            boolean withBody = !method.equals("GET") && !method.equals("DELETE");
            String request = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "X-Api-Key: " + key + "\r\nAccept: application/json\r\n"
                    + (withBody ? "Content-Type: " + body.type() + "\r\nContent-Length: " + body.text().length()
                            + "\r\n\r\n" + body.text() : "\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Answer.read(socket.getInputStream());
        }
    }

    private record Body(String type, String text) {
    }

    private static final Body JSON_BODY = new Body("application/json", "{}");
    private static final Body FORM = new Body("application/x-www-form-urlencoded", "=x&a=%zz");

    private record Answer(int status, String body) {

        static Answer read(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(text.substring(9, 12));
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end).toLowerCase(java.util.Locale.ROOT);
            String body = text.substring(end + 4);
            if (head.contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Answer(status, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }

        private static String unchunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
