package org.badgeportal.security;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
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
 * Every GET route of the application ({@link Routes}; each row of {@link AccessPolicy}, asked by the first caller
 * the row lets in, so pages are seen as their users see them, and by the first signed-in caller it refuses, so the
 * 403 and 404 pages are seen too) answers with the headers that keep scripts and framing in check:
 * <ul>
 *   <li>every answer: a Content-Security-Policy whose scripts (script-src, or default-src without one) come from
 *   'self' or nowhere: no 'unsafe-inline', no 'unsafe-eval', no hashes or nonces;</li>
 *   <li>every answer but the iframe widget {@code /embed/{service}/{user}}: {@code frame-ancestors 'none'} and
 *   {@code X-Frame-Options: DENY}; the widget: {@code frame-ancestors *} and no X-Frame-Options;</li>
 *   <li>every answer: {@code X-Content-Type-Options: nosniff};</li>
 *   <li>the JSON APIs ({@code /api/**}, {@code /v1/**}): {@code default-src 'none'};</li>
 *   <li>HTML (and SVG) answers, parsed with jsoup: no inline {@code <script>} (one without src), no {@code on*}
 *   event attributes, no {@code javascript:} URLs in href, src, action or formaction, no {@code <style>} elements
 *   in HTML (the policy allows style elements only from files).</li>
 * </ul>
 * Swagger UI's static page is no MVC route: {@link #swaggerUiHasItsOwnPolicyWithoutInlineScripts} checks it.
 */
@PortalTest
class PageHeadersTest {

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
    void everyGetRouteIsChecked() {
        Set<String> gets = new TreeSet<>(Routes.of(mappings, actuator).stream()
            .filter(route -> route.startsWith("GET ")).toList());
        gets.removeAll(getRows().stream().map(route -> route.key).toList());
        assertThat(gets).as("GET routes without a row in AccessPolicy (so without a header check)").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyGetAnswerKeepsScriptsAndFramingInCheck() {
        SecurityWorld.World world = worlds.world();
        return getRows().stream().flatMap(route -> {
            Caller allowed = Arrays.stream(Caller.values())
                .filter(candidate -> route.expected(candidate) == Route.Outcome.ALLOWED).findFirst()
                .orElse(Caller.ANONYMOUS);
            Stream<DynamicTest> seen = Stream.of(DynamicTest.dynamicTest(route.name() + " x " + allowed,
                    () -> check(route, allowed, world)));
            // The refusal a signed-in caller gets (403 or 404 page) is a page too
            Stream<DynamicTest> refused = Arrays.stream(Caller.values())
                .filter(caller -> caller.signedIn() && route.expected(caller) != Route.Outcome.ALLOWED)
                .filter(caller -> caller != allowed).limit(1)
                .map(caller -> DynamicTest.dynamicTest(route.name() + " x " + caller, () -> check(route, caller, world)));
            return Stream.concat(seen, refused);
        });
    }

    private void check(Route route, Caller caller, SecurityWorld.World world) throws Exception {
        MockHttpServletResponse response = mvc.perform(caller.apply(
                route.request(new Route.Cell(world, worlds, caller)), world, data, false)).andReturn().getResponse();
        String path = route.key.substring(route.key.indexOf(' ') + 1);
        String what = route.name() + " x " + caller + " (" + response.getStatus() + ")";
        checkHeaders(what, path, response);
        String type = String.valueOf(response.getContentType()).toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html")) {
            checkMarkup(what, Jsoup.parse(response.getContentAsString()), true);
        } else if (type.startsWith("image/svg+xml")) {
            // SVG images carry their own style element, allowed by their own policy
            checkMarkup(what, Jsoup.parse(response.getContentAsString(), "", Parser.xmlParser()), false);
        }
    }

    @Test
    void swaggerUiHasItsOwnPolicyWithoutInlineScripts() throws Exception {
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.get("/developers/swagger-ui/index.html"))
            .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Map<String, String> policy = policy("Swagger UI", response);
        assertThat(policy.get("script-src")).isEqualTo("'self'");
        assertThat(policy.get("frame-ancestors")).isEqualTo("'none'");
        assertThat(policy.get("style-src-elem")).startsWith("'self' 'sha256-");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        checkMarkup("Swagger UI", Jsoup.parse(response.getContentAsString()), true);
    }

    private static List<Route> getRows() {
        return AccessPolicy.ROUTES.stream().filter(route -> !route.writes()).toList();
    }

    private static void checkHeaders(String what, String path, MockHttpServletResponse response) {
        Map<String, String> policy = policy(what, response);
        String scripts = policy.getOrDefault("script-src", policy.get("default-src"));
        assertThat(scripts).as(what + ": scripts only from the portal itself, or none").isIn("'self'", "'none'");
        if (path.equals("/embed/{service}/{user}")) {
            assertThat(policy.get("frame-ancestors")).as(what + ": any site may frame the widget").isEqualTo("*");
            assertThat(response.getHeader("X-Frame-Options")).as(what).isNull();
        } else {
            assertThat(policy.get("frame-ancestors")).as(what + ": frame-ancestors").isEqualTo("'none'");
            assertThat(response.getHeaders("X-Frame-Options")).as(what + ": X-Frame-Options").containsExactly("DENY");
        }
        assertThat(response.getHeader("X-Content-Type-Options")).as(what + ": no sniffing").isEqualTo("nosniff");
        if (path.startsWith("/api/") || path.startsWith("/v1/")) {
            assertThat(policy.get("default-src")).as(what + ": the APIs load nothing").isEqualTo("'none'");
        }
    }

    /** The one Content-Security-Policy header, directive name to its sources. */
    private static Map<String, String> policy(String what, MockHttpServletResponse response) {
        List<String> headers = response.getHeaders("Content-Security-Policy");
        assertThat(headers).as(what + ": one Content-Security-Policy header").hasSize(1);
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : headers.get(0).split(";")) {
            String[] parts = directive.strip().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                directives.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
            }
        }
        return directives;
    }

    private static void checkMarkup(String what, Document document, boolean html) {
        for (Element element : document.getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            if (tag.equals("script")) {
                assertThat(element.attr("src")).as(what + ": inline script " + element.outerHtml()).isNotBlank();
                assertThat(element.data()).as(what + ": script with src and content").isBlank();
            }
            if (html) {
                assertThat(tag).as(what + ": <style> element (the policy refuses inline style elements)")
                    .isNotEqualTo("style");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as(what + ": event handler attribute on " + element.cssSelector())
                    .doesNotStartWith("on");
                if (Set.of("href", "src", "action", "formaction", "xlink:href").contains(name)) {
                    assertThat(attribute.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("\\s", ""))
                        .as(what + ": javascript: URL in " + name + " of " + element.cssSelector())
                        .doesNotStartWith("javascript:");
                }
            }
        }
    }
}
