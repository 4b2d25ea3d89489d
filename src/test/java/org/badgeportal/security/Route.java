package org.badgeportal.security;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One row of the access policy: a route as the application names it ({@code "METHOD /pattern"}, with qualifiers
 * such as {@code [htmx]} or {@code [step=check]}, see {@link Routes}), optionally a variant (the same route on
 * another object, e.g. a pending award), how to call it, and the expected {@link Outcome} for every {@link Caller}.
 */
final class Route {

    /** What a caller gets. */
    enum Outcome {
        /**
         * Through authorisation. GET: 2xx or a redirect that is not to the login page (4xx only for routes
         * marked {@link #refusesInput}). Writes: 2xx, 3xx (not to login), or a refusal of the input (400, 409,
         * 413, 422): the request was authorised and then refused by validation or by the domain's rules.
         */
        ALLOWED,
        /** Sent to sign in: 302 to /login, or for htmx 401 with {@code HX-Redirect: /login}. */
        SIGN_IN,
        /** 403. */
        FORBIDDEN,
        /** 401 (the JSON APIs without a fitting credential). */
        UNAUTHORIZED,
        /** 404: the object is not there for this caller (someone else's pending award, collection, badge). */
        HIDDEN
    }

    /** What a request builder needs from the world: the world and its fresh-object factories. */
    record Cell(SecurityWorld.World world, SecurityWorld fresh, Caller caller) {

        String issuer() {
            return world.issuer();
        }

        String manage() {
            return "/manage/" + world.issuer();
        }
    }

    final String key;
    final String variant;
    final HttpMethod method;
    private Function<Cell, String> uri;
    private final Map<Caller, Outcome> expected = new EnumMap<>(Caller.class);
    private String body;
    private MediaType contentType;
    private String accept;
    private boolean htmx;
    private boolean refusesInput;
    private String[] form = new String[0];

    private Route(String key, String variant) {
        this.key = key;
        this.variant = variant;
        this.method = HttpMethod.valueOf(key.substring(0, key.indexOf(' ')));
    }

    static Route route(String key) {
        return new Route(key, null);
    }

    static Route route(String key, String variant) {
        return new Route(key, variant);
    }

    String name() {
        return variant == null ? key : key + " (" + variant + ")";
    }

    /** The path (with query) to call, built from the world; may make fresh objects. */
    Route at(Function<Cell, String> uri) {
        this.uri = uri;
        return this;
    }

    Route allow(Caller... callers) {
        return expect(Outcome.ALLOWED, callers);
    }

    Route signIn(Caller... callers) {
        return expect(Outcome.SIGN_IN, callers);
    }

    Route forbid(Caller... callers) {
        return expect(Outcome.FORBIDDEN, callers);
    }

    Route unauthorized(Caller... callers) {
        return expect(Outcome.UNAUTHORIZED, callers);
    }

    Route hide(Caller... callers) {
        return expect(Outcome.HIDDEN, callers);
    }

    /** Every caller not named so far. */
    Route otherwise(Outcome outcome) {
        for (Caller caller : Caller.values()) {
            expected.putIfAbsent(caller, outcome);
        }
        return this;
    }

    private Route expect(Outcome outcome, Caller... callers) {
        for (Caller caller : callers) {
            Outcome before = expected.put(caller, outcome);
            if (before != null && before != outcome) {
                throw new IllegalStateException(name() + ": " + caller + " expected both " + before + " and " + outcome);
            }
        }
        return this;
    }

    /** A JSON body. */
    Route json(String json) {
        this.body = json;
        this.contentType = MediaType.APPLICATION_JSON;
        return this;
    }

    /** Form fields, name and value alternately. */
    Route form(String... nameValues) {
        this.form = nameValues;
        this.contentType = MediaType.APPLICATION_FORM_URLENCODED;
        return this;
    }

    Route accept(String mediaType) {
        this.accept = mediaType;
        return this;
    }

    /** Sent as htmx sends it ({@code HX-Request: true}). */
    Route htmx() {
        this.htmx = true;
        return this;
    }

    /** A GET that answers 400 to the input the table sends (an unknown token) once authorised. */
    Route refusesInput() {
        this.refusesInput = true;
        return this;
    }

    boolean writes() {
        return method != HttpMethod.GET;
    }

    boolean isApi() {
        String path = key.substring(key.indexOf(' ') + 1);
        return path.startsWith("/api/") || path.startsWith("/v1/");
    }

    Outcome expected(Caller caller) {
        return expected.get(caller);
    }

    Map<Caller, Outcome> expectations() {
        return expected;
    }

    /** Callers this row has no outcome for. */
    List<Caller> unclassified() {
        return Arrays.stream(Caller.values()).filter(caller -> !expected.containsKey(caller)).toList();
    }

    /** The path (with query) this row calls. */
    String uri(Cell cell) {
        return uri.apply(cell);
    }

    /** The route's path pattern, without method and qualifiers. */
    String pattern() {
        String path = key.substring(key.indexOf(' ') + 1);
        return path.contains(" [") ? path.substring(0, path.indexOf(" [")) : path;
    }

    MockHttpServletRequestBuilder request(Cell cell) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, uri.apply(cell));
        if (contentType != null) {
            request.contentType(contentType);
        }
        if (body != null) {
            request.content(body);
        }
        for (int i = 0; i + 1 < form.length; i += 2) {
            request.param(form[i], form[i + 1]);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return request;
    }

    boolean acceptsInputRefusal() {
        return writes() || refusesInput;
    }
}
