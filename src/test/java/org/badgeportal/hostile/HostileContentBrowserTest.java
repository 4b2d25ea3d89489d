package org.badgeportal.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.store.AccountRepository;
import org.badgeportal.apikeys.ApiKeys;
import org.badgeportal.apikeys.PersonalTokens;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Program;
import org.badgeportal.badges.store.ProgramRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.support.BrowserTestBase;
import org.badgeportal.support.HttpApi;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Hostile content: script and HTML payloads stored in every text an issuer, a site (through the UserBadges API) or
 * a recipient can write, then every page that shows them visited in a real browser, signed in as the person the
 * page is for, plus a stranger's page (another origin) with the embed in each theme, the iframe widget and the SVG
 * image. On every page: no element carrying a payload's {@code data-hostile} marker exists, {@code window.__hostile}
 * was never set, no alert opened, no link runs {@code javascript:}, and the browser logged no content security
 * policy violation (which would mean something tried to run), and the page is no wider than the window (a very
 * long word wraps). Main pages must show the payload as literal text,
 * so the test cannot pass by the text being absent. The page list is the application's own GET routes: a new
 * route fails {@link #everyPageRouteIsVisitedOrSkippedWithAReason} until it is added here.
 */
class HostileContentBrowserTest extends BrowserTestBase {

    // Each payload marks what it would create or run with its own name, so a failure names the payload.
    static final String SCRIPT = "<script>window.__hostile='script'</script>";
    static final String IMG = "<img src=x onerror=window.__hostile='img' data-hostile=img>";
    static final String SVG = "\"><svg onload=\"window.__hostile='svg'\" data-hostile=svg>";
    static final String ATTR = "' onmouseover='window.__hostile=\"attr\"' data-hostile='attr";
    static final String CLOSE = "</textarea></title><b data-hostile=close>b</b>";
    static final String TEMPLATE = "{{7*7}} [[${7*7}]] [(${7*7})] *{7*7} #{x} __${7*7}__";
    static final String CDATA = "]]><x data-hostile=cdata/>";
    static final String JS_URL = "javascript:window.__hostile='jsurl'";
    static final String ALL = String.join(" ", SCRIPT, IMG, SVG, ATTR, CLOSE, TEMPLATE, CDATA);
    static final String LONG = "hostile".repeat(400);
    /** A valid http(s) address holding quotes and markup (allowed: it must come out as an inert link). */
    static final String QUOTED_URL = "https://example.org/x?a='onmouseover='window.__hostile=1'&b=%22%3E%3Csvg%3E";

    /** What a page must show literally (besides running nothing). */
    static final String SCRIPT_TEXT = SCRIPT;

    enum Caller { ANONYMOUS, EARNER, OWNER, STAFF, ADMIN }

    /** One visit: who, where, which literal texts the page must show (may be none). */
    record Visit(Caller caller, String path, List<String> shows) {
    }

    /** GET routes not opened as pages here, with the reason. */
    static final Map<String, String> SKIPPED = new LinkedHashMap<>();

    static {
        String api = "JSON API for API keys and personal tokens: a browser cannot send the credential, and the answer"
                + " is application/json (ApiBadInputTest covers its inputs)";
        for (String route : List.of("/api/v1/badges", "/api/v1/badges/{slug}", "/api/v1/awards", "/api/v1/awards/{id}",
                "/api/v1/collections/{name}", "/api/lite/badges", "/api/lite/counters")) {
            SKIPPED.put(route, api);
        }
        String ld = "the same JSON as the .json document visited, for Accept: application/ld+json (a browser never"
                + " sends it)";
        SKIPPED.put("/issuers/{issuer} [ld+json]", ld);
        SKIPPED.put("/issuers/{issuer}/badges/{slug} [ld+json]", ld);
        SKIPPED.put("/awards/{publicId} [ld+json]", ld);
        SKIPPED.put("/awards/{publicId}/badge.png", "an attachment download (PNG); its badge art holds no user text");
        SKIPPED.put("/awards/{publicId}/badge.svg", "an attachment download, never rendered as a page: parsed as XML"
                + " instead (no payload element, no script)");
        SKIPPED.put("/manage/{issuer}/export/issuer.json", "an attachment download (JSON, strings JSON-escaped):"
                + " ExportTest reads every text back");
        for (String file : List.of("badges", "awards", "recipients")) {
            SKIPPED.put("/manage/{issuer}/export/" + file + ".csv", "an attachment download for spreadsheets: cells"
                    + " that start like a formula are defused (ExportTest)");
        }
        SKIPPED.put("/error", "Spring Boot's error page; the 404 pages visited show it");
        SKIPPED.put("/developers/api", "springdoc's redirect to the Swagger UI: no user text (ApiPageBrowserTest)");
        SKIPPED.put("/v3/api-docs", "OpenAPI document generated from the code: no user text");
        SKIPPED.put("/v3/api-docs.yaml", "OpenAPI document generated from the code: no user text");
        SKIPPED.put("/v3/api-docs/swagger-config", "Swagger UI configuration: no user text");
        SKIPPED.put("/api/v1/binding-probe/{id}", "a controller of the test sources, not the portal's");
    }

    @Autowired
    TestData data;
    @Autowired
    AccountRepository accounts;
    @Autowired
    IssuerRepository issuers;
    @Autowired
    ProgramRepository programs;
    @Autowired
    AwardService awards;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    PersonalTokens personalTokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    HttpServer thirdParty;
    final List<String> problems = new ArrayList<>();

    @AfterEach
    void stopThirdParty() {
        if (thirdParty != null) {
            thirdParty.stop(0);
        }
    }

    @Test
    void everyPageRouteIsVisitedOrSkippedWithAReason() {
        Set<String> missing = new TreeSet<>(getRoutes());
        missing.removeAll(SKIPPED.keySet());
        missing.removeAll(VisitedRoutes.ROUTES);
        assertThat(missing).as("GET routes neither visited by HostileContentBrowserTest nor skipped with a reason")
                .isEmpty();
    }

    @Test
    void storedPayloadsRunNowhereAndShowAsText() throws Exception {
        thirdParty = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        thirdParty.start();
        theChecksSeeWhatTheyLookFor();
        long start = System.nanoTime();
        World w = build();
        List<Visit> visits = visits(w);
        System.out.printf("hostile: world built in %d ms%n", (System.nanoTime() - start) / 1_000_000);

        Caller signedIn = Caller.ANONYMOUS;
        for (Caller caller : Caller.values()) {
            if (caller != Caller.ANONYMOUS) {
                if (signedIn != Caller.ANONYMOUS) {
                    signOut();
                }
                signIn(w.email(caller), TestData.PASSWORD);
                signedIn = caller;
            }
            if (caller == Caller.OWNER) {
                editIssuerProfileAsAUserWould(w);
            }
            for (Visit visit : visits) {
                if (visit.caller() == caller) {
                    open(visit.path());
                    check(caller + " " + visit.path(), visit.shows());
                    if (visit.path().equals(w.badgePage()) || visit.path().equals(w.awardPage())
                            || visit.path().endsWith("/edit")) {
                        screenshot("hostile-" + visit.path().replaceAll("[^a-z0-9]+", "-"));
                    }
                }
            }
        }
        signOut();
        System.out.printf("hostile: %d pages visited after %d ms%n", visits.size(), (System.nanoTime() - start) / 1_000_000);
        embedOnAStrangersPage(w);
        bakedAndEmbedSvgHoldNoMarkup(w);
        System.out.printf("hostile: embed done after %d ms%n", (System.nanoTime() - start) / 1_000_000);

        assertThat(problems).as("hostile content found running or injected").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- the world

    record World(Account owner, Account staff, Account earner, Account admin, Issuer issuer, Issuer consent,
                 String badge, String consentBadge, String ubBadge, String siteUser, String award,
                 String revokedAward, String pendingAward, String collection, String claimToken, long mailId,
                 long imageId) {

        String email(Caller caller) {
            return switch (caller) {
                case EARNER -> earner.getEmail();
                case OWNER -> owner.getEmail();
                case STAFF -> staff.getEmail();
                case ADMIN -> admin.getEmail();
                case ANONYMOUS -> throw new IllegalArgumentException();
            };
        }

        String badgePage() {
            return "/issuers/" + issuer.getSlug() + "/badges/" + badge;
        }

        String awardPage() {
            return "/awards/" + award;
        }
    }

    private World build() {
        HttpApi http = new HttpApi(port);
        Account owner = data.account("owner");
        Account staff = data.account("staff");
        Account earner = data.account("earner");
        Account admin = data.account("admin");
        jdbc.update("update account set role = 'ADMIN' where id = ?", admin.getId());
        // Account display names (shown as member names, on profiles, awards, the admin pages).
        rename(owner, "Owner " + IMG);
        rename(staff, "Staff " + SVG);
        rename(earner, "Earner " + SCRIPT + CDATA);

        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        Issuer consent = data.issuer(owner, AcceptancePolicy.REQUIRED);
        data.addMember(issuer, staff, MembershipRole.STAFF);
        // The consenting issuer's profile is written through the entity (the settings form is used for the other).
        transaction.executeWithoutResult(status -> issuers.findById(consent.getId()).orElseThrow().updateProfile(
                "Consent " + SCRIPT + CLOSE, QUOTED_URL, "contact@example.org", ALL, AcceptancePolicy.REQUIRED));
        transaction.executeWithoutResult(status -> issuers.findById(issuer.getId()).orElseThrow().updateProfile(
                "Issuer " + SCRIPT + " " + CLOSE, null, "o'hara@example.org", ALL + " " + LONG,
                AcceptancePolicy.AUTOMATIC));
        String program = TestData.unique("program");
        transaction.executeWithoutResult(status -> programs.save(new Program(issuers.getReferenceById(issuer.getId()),
                program, "Program " + SCRIPT + IMG, ALL)));

        String key = apiKeys.create(issuer.getSlug(), "Key " + SCRIPT + CDATA).secret();
        String consentKey = apiKeys.create(consent.getSlug(), "Key " + IMG).secret();
        String token = personalTokens.create(earner.getId(), "Token " + SCRIPT + CDATA).secret();

        // A badge with every field through the badge API; a javascript: address is refused first.
        String badge = TestData.unique("hostile");
        HttpApi.Response refused = http.call("POST", "/api/v1/badges").header("X-Api-Key", key)
                .json(badgeJson(badge, program, JS_URL)).send();
        expect("badge API with a javascript: criteria URL", refused, 400);
        expect("badge API", http.call("POST", "/api/v1/badges").header("X-Api-Key", key)
                .json(badgeJson(badge, program, QUOTED_URL)).send(), 201);
        String consentBadge = TestData.unique("hostile");
        expect("badge API (consent)", http.call("POST", "/api/v1/badges").header("X-Api-Key", consentKey)
                .json(badgeJson(consentBadge, "", QUOTED_URL)).send(), 201);

        // Uploaded SVG images (badges.ninja's data URI): active content is refused, drawn text is kept as text.
        String upload = TestData.unique("upload");
        HttpApi.Response activeSvg = http.call("POST", "/api/v1/badges").header("X-Api-Key", key).json(json(Map.of(
                "slug", upload, "name", "Upload", "description", "Upload", "type", "t", "image", svgDataUri(
                        "<script>window.__hostile='upload'</script><rect width='9' height='9' onload=\"window.__hostile='upload'\"/>"))))
                .send();
        if (activeSvg.status() / 100 == 2) {
            problems.add("an SVG upload with a script was accepted: " + activeSvg.text());
        }
        expect("badge API with a drawn SVG", http.call("POST", "/api/v1/badges").header("X-Api-Key", key).json(json(Map.of(
                "slug", upload, "name", "Upload", "description", "Upload", "type", "t", "image", svgDataUri(
                        "<title>&lt;script&gt;window.__hostile='svgtext'&lt;/script&gt;</title>"
                                + "<text x='1' y='20'>&lt;b data-hostile=svgtext&gt;</text>")))).send(), 201);
        long imageId = jdbc.queryForObject("select image_id from badge where issuer_id = ? and slug = ?", Long.class,
                issuer.getId(), upload);

        // A site's badge and user through the UserBadges API; user names allow no markup at all.
        String ubBadge = TestData.unique("ub");
        expect("UserBadges badges", http.call("PUT", "/v1/" + issuer.getSlug() + "/badges.json").header("X-Api-Key", key)
                .json(json(Map.of("badges", List.of(Map.of("name", ubBadge, "title", "UB " + SCRIPT + IMG,
                        "description", ALL, "type", "t " + SVG, "link", JS_URL, "extra", CDATA + SCRIPT))))).send(), 200);
        String siteUser = TestData.unique("site").replace('-', '_');
        expect("UserBadges user", http.call("PUT", "/v1/" + issuer.getSlug() + "/users/" + siteUser + ".json")
                .header("X-Api-Key", key).json(json(Map.of("badges", List.of(ubBadge, badge)))).send(), 200);
        HttpApi.Response badName = http.call("PUT", "/v1/" + issuer.getSlug() + "/users/"
                        + UriUtils.encodePathSegment("<b data-hostile=user>", StandardCharsets.UTF_8) + ".json")
                .header("X-Api-Key", key).json(json(Map.of("badges", List.of(ubBadge)))).send();
        if (badName.status() / 100 == 2) {
            problems.add("UserBadges accepted a user name with markup: " + badName.text());
        }

        // Awards with narrative, evidence and payload; a javascript: evidence URL is refused.
        HttpApi.Response jsEvidence = http.call("POST", "/api/v1/badges/" + badge + "/awards").header("X-Api-Key", key)
                .json(json(Map.of("recipient", earner.getEmail(), "narrative", ALL, "evidence", List.of(JS_URL))))
                .send();
        if (jsEvidence.text().contains("\"NEW\"")) {
            problems.add("a javascript: evidence URL was accepted: " + jsEvidence.text());
        }
        String award = awardId(expect("award API", http.call("POST", "/api/v1/badges/" + badge + "/awards")
                .header("X-Api-Key", key).json(json(Map.of("recipient", earner.getEmail(), "narrative", ALL + " " + LONG,
                        "evidence", List.of(QUOTED_URL, "https://example.org/e/" + UriUtils.encodePathSegment(SCRIPT,
                                StandardCharsets.UTF_8)), "payload", Map.of("note", ALL)))).send(), 201));
        String revokedAward = awardId(expect("award API (to revoke)", http.call("POST", "/api/v1/badges/" + badge
                + "/awards").header("X-Api-Key", key).json(json(Map.of("recipient", earner.getEmail(),
                "narrative", "Revoked " + SVG))).send(), 201));
        expect("revoke API", http.call("POST", "/api/v1/awards/" + revokedAward + "/revoke").header("X-Api-Key", key)
                .json(json(Map.of("reason", "Reason " + SCRIPT + IMG + CLOSE))).send(), 200);
        String pendingAward = awardId(expect("award API (consent)", http.call("POST", "/api/v1/badges/" + consentBadge
                + "/awards").header("X-Api-Key", consentKey).json(json(Map.of("recipient", earner.getEmail(),
                "narrative", "Pending " + ALL))).send(), 201));

        // A collection through the collections API with the earner's token (names cannot hold / \ % ;).
        String collection = "Coll " + IMG + " \" ' " + TEMPLATE.substring(0, 20);
        expect("collections API", http.call("POST", "/api/v1/collections").header("Authorization", "Bearer " + token)
                .json(json(Map.of("name", collection, "description", ALL, "public", true, "awards", List.of(award))))
                .send(), 201);

        // A site user's award to claim, with a claim link made by the owner.
        var unclaimed = awards.issue(AwardRequest.of(badgeId(issuer, badge), TestData.unique("claim").replace('-', '_'))
                .withNarrative("Claim " + SCRIPT));
        String claimToken = awards.createClaimLink(unclaimed.recipientId(), owner.getId());

        Long mailId = jdbc.queryForObject("select max(id) from outbound_mail where to_address = ?", Long.class,
                earner.getEmail());
        return new World(reload(owner), reload(staff), reload(earner), admin, issuer, consent, badge, consentBadge,
                ubBadge, siteUser, award, revokedAward, pendingAward, collection, claimToken, mailId == null ? -1 : mailId,
                imageId);
    }

    private Long badgeId(Issuer issuer, String slug) {
        return jdbc.queryForObject("select id from badge where issuer_id = ? and slug = ?", Long.class, issuer.getId(),
                slug);
    }

    private static String badgeJson(String slug, String program, String url) {
        Map<String, Object> badge = new LinkedHashMap<>();
        badge.put("slug", slug);
        badge.put("name", "Badge " + SCRIPT + " " + IMG + " " + CLOSE);
        badge.put("strapline", SVG + " " + CDATA);
        badge.put("earnerDescription", ALL + " " + LONG);
        badge.put("consumerDescription", "Consumer " + ALL);
        badge.put("type", "type " + IMG);
        badge.put("criteriaUrl", url);
        badge.put("issuerUrl", QUOTED_URL);
        badge.put("imageUrl", QUOTED_URL);
        badge.put("categories", List.of("cat " + IMG, "c2 " + CDATA));
        badge.put("tags", List.of("tag " + SVG.substring(0, 40), "t2 " + TEMPLATE.substring(0, 30)));
        badge.put("criteria", List.of(Map.of("description", "Criterion " + ALL, "note", "Note " + SCRIPT + SVG,
                "required", true)));
        badge.put("customFields", Map.of("note", "Custom " + ALL, "web", JS_URL));
        badge.put("shareText", "Share " + TEMPLATE + " \" ' & " + JS_URL);
        if (!program.isEmpty()) {
            badge.put("program", program);
        }
        return json(badge);
    }

    private static String svgDataUri(String content) {
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='40'>" + content + "</svg>";
        return "data:image/svg+xml;base64," + java.util.Base64.getEncoder().encodeToString(
                svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object value) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
    }

    private HttpApi.Response expect(String what, HttpApi.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError(what + " answered " + response.status() + " (expected " + status + "): "
                    + response.text());
        }
        return response;
    }

    private static String awardId(HttpApi.Response response) {
        return response.json().get("results").get(0).get("award").get("id").asString();
    }

    private void rename(Account account, String displayName) {
        transaction.executeWithoutResult(status -> accounts.findById(account.getId()).orElseThrow()
                .setDisplayName(displayName));
    }

    private Account reload(Account account) {
        return accounts.findById(account.getId()).orElseThrow();
    }

    /** The issuer's settings form as its owner uses it: a javascript: address is refused, then a quoted one kept. */
    private void editIssuerProfileAsAUserWould(World w) {
        String path = "/manage/" + w.issuer().getSlug() + "/settings";
        open(path);
        fill("name", "Issuer " + SCRIPT + " " + CLOSE);
        fill("url", JS_URL);
        click(By.cssSelector("main form [type=submit]"));
        waitFor(By.cssSelector("#url.is-invalid, [name=url].is-invalid"));
        check("OWNER " + path + " (javascript: address refused)", List.of(SCRIPT_TEXT));
        fill("url", QUOTED_URL);
        click(By.cssSelector("main form [type=submit]"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success, .alert-info")));
        String saved = jdbc.queryForObject("select url from issuer where id = ?", String.class, w.issuer().getId());
        if (!QUOTED_URL.equals(saved)) {
            problems.add("issuer settings: the quoted address was not kept: " + saved);
        }
        check("OWNER " + path + " (saved)", List.of(SCRIPT_TEXT));
    }

    // ---------------------------------------------------------------------------------------------- the pages

    private List<Visit> visits(World w) {
        String i = w.issuer().getSlug();
        String handle = w.earner().getHandle();
        String coll = UriUtils.encodePathSegment(w.collection(), StandardCharsets.UTF_8);
        String hostileToken = UriUtils.encodePathSegment(IMG, StandardCharsets.UTF_8);
        List<String> text = List.of(SCRIPT_TEXT);
        List<String> none = List.of();
        List<Visit> v = new ArrayList<>();
        // Anonymous: public pages, documents, error pages with the payload in the address
        v.add(new Visit(Caller.ANONYMOUS, "/", none));
        v.add(new Visit(Caller.ANONYMOUS, "/issuers/" + i, text));
        v.add(new Visit(Caller.ANONYMOUS, "/issuers/" + w.consent().getSlug(), text));
        v.add(new Visit(Caller.ANONYMOUS, w.badgePage(), List.of(SCRIPT_TEXT, "[[${7*7}]]")));
        v.add(new Visit(Caller.ANONYMOUS, "/issuers/" + i + "/badges/" + w.ubBadge(), text));
        v.add(new Visit(Caller.ANONYMOUS, "/u/" + handle, text));
        v.add(new Visit(Caller.ANONYMOUS, "/u/" + handle + "/collections/" + coll, List.of(SCRIPT_TEXT, IMG)));
        v.add(new Visit(Caller.ANONYMOUS, w.awardPage(), text));
        v.add(new Visit(Caller.ANONYMOUS, "/awards/" + w.revokedAward(), List.of("Reason " + SCRIPT_TEXT)));
        v.add(new Visit(Caller.ANONYMOUS, "/embed/" + i + "/" + w.siteUser(), text));
        v.add(new Visit(Caller.ANONYMOUS, "/images/" + w.imageId(), none));
        for (String json : List.of("/issuers/" + i + "/profile.json", "/issuers/" + i + "/revocations.json",
                "/issuers/" + i + "/badges/" + w.badge() + "/badgeclass.json", "/awards/" + w.award() + "/assertion.json",
                "/awards/" + w.award() + "/credential.json", "/v1/" + i + "/users.json", "/v1/" + i + "/badges.json",
                "/api/v1/users/" + handle, "/api/v1/users/" + handle + "/collections")) {
            v.add(new Visit(Caller.ANONYMOUS, json, none));
        }
        for (String plain : List.of("/developers", "/developers/", "/login", "/signup", "/verify/sent", "/verify/resend",
                "/login/forgot", "/login/forgot/sent", "/verify/" + hostileToken, "/reset/" + hostileToken,
                "/issuers/" + hostileToken, "/u/" + hostileToken)) {
            v.add(new Visit(Caller.ANONYMOUS, plain, none));
        }
        String q = UriUtils.encodeQueryParam(IMG, StandardCharsets.UTF_8);
        String q2 = UriUtils.encodeQueryParam(SVG + ATTR, StandardCharsets.UTF_8);
        // Hostile text in query parameters (reflected into search boxes and filters, or refused)
        v.add(new Visit(Caller.ANONYMOUS, "/?q=" + q + "&issuer=" + q2 + "&tag=" + q2 + "&page=" + q, none));
        v.add(new Visit(Caller.ANONYMOUS, "/embed/" + i + "/" + w.siteUser() + "?theme=" + q, none));
        v.add(new Visit(Caller.ANONYMOUS, "/u/" + handle + "?page=" + q, none));
        v.add(new Visit(Caller.EARNER, "/me/awards?status=" + q + "&page=" + q2, none));
        v.add(new Visit(Caller.EARNER, "/me/embed?choice=" + q + "&theme=" + q2, none));
        v.add(new Visit(Caller.OWNER, "/manage/" + i + "/badges?q=" + q + "&tag=" + q2 + "&program=" + q2
                + "&archived=" + q2, List.of(IMG)));
        v.add(new Visit(Caller.OWNER, "/manage/" + i + "/awards?q=" + q + "&recipient=" + q + "&badge=" + q2
                + "&status=" + q2, none));
        v.add(new Visit(Caller.OWNER, "/manage/" + i + "/embed?choice=" + q + "&theme=" + q2, none));
        v.add(new Visit(Caller.OWNER, "/manage/" + i + "/badges/criteria-row?index=" + q, none));
        v.add(new Visit(Caller.ADMIN, "/admin/issuers?q=" + q, List.of(IMG)));
        // The earner
        v.add(new Visit(Caller.EARNER, "/me", text));
        v.add(new Visit(Caller.EARNER, "/me/awards", text));
        v.add(new Visit(Caller.EARNER, "/awards/" + w.pendingAward(), text));
        v.add(new Visit(Caller.EARNER, "/me/collections", List.of(IMG)));
        v.add(new Visit(Caller.EARNER, "/me/collections/" + coll, text));
        v.add(new Visit(Caller.EARNER, "/me/collections/" + coll + "/delete", List.of(IMG)));
        v.add(new Visit(Caller.EARNER, "/me/embed", none));
        v.add(new Visit(Caller.EARNER, "/me/settings", text));
        v.add(new Visit(Caller.EARNER, "/claim/" + w.claimToken(), text));
        // The issuer's owner
        String m = "/manage/" + i;
        v.add(new Visit(Caller.OWNER, "/manage", text));
        v.add(new Visit(Caller.OWNER, "/manage/new", none));
        v.add(new Visit(Caller.OWNER, m, text));
        v.add(new Visit(Caller.OWNER, m + "/badges", text));
        v.add(new Visit(Caller.OWNER, m + "/badges/new", text));
        v.add(new Visit(Caller.OWNER, m + "/badges/criteria-row?index=1", none));
        v.add(new Visit(Caller.OWNER, m + "/badges/" + w.badge() + "/edit", text));
        v.add(new Visit(Caller.OWNER, m + "/badges/" + w.ubBadge() + "/edit", text));
        v.add(new Visit(Caller.OWNER, m + "/badges/" + w.badge() + "/award", text));
        v.add(new Visit(Caller.OWNER, m + "/badges/" + w.badge() + "/bulk", text));
        v.add(new Visit(Caller.OWNER, m + "/awards", text));
        v.add(new Visit(Caller.OWNER, m + "/programs", text));
        v.add(new Visit(Caller.OWNER, m + "/embed", text));
        v.add(new Visit(Caller.OWNER, m + "/members", List.of(SVG)));
        v.add(new Visit(Caller.OWNER, m + "/settings", text));
        v.add(new Visit(Caller.OWNER, m + "/api-keys", text));
        v.add(new Visit(Caller.OWNER, m + "/export", text));
        v.add(new Visit(Caller.OWNER, "/manage/" + w.consent().getSlug() + "/awards", text));
        // Staff
        v.add(new Visit(Caller.STAFF, m, text));
        v.add(new Visit(Caller.STAFF, m + "/awards", text));
        v.add(new Visit(Caller.STAFF, m + "/badges", text));
        // The site administrator
        v.add(new Visit(Caller.ADMIN, "/admin/issuers", none));
        v.add(new Visit(Caller.ADMIN, "/admin/issuers?q=" + i, text));
        v.add(new Visit(Caller.ADMIN, "/admin/mailbox", none));
        v.add(new Visit(Caller.ADMIN, "/admin/mailbox/" + w.mailId(), text));
        v.add(new Visit(Caller.ADMIN, "/admin/restore", none));
        return v;
    }

    /** What people do on the pages that swaps in server HTML (htmx) or echoes their input back with errors. */
    private void interact(Caller caller, World w) {
        String m = "/manage/" + w.issuer().getSlug();
        if (caller == Caller.EARNER) {
            // Accepting the pending award swaps its card (htmx).
            open("/me");
            By accept = By.cssSelector("form[action*='" + w.pendingAward() + "/accept'] button");
            click(accept);
            waiting().until(driver -> browser.findElements(accept).isEmpty());
            check("EARNER /me after accepting (htmx swap)", List.of(SCRIPT_TEXT));

            // The profile form: a display name with markup is kept and shown as text.
            open("/me/settings");
            fill("displayName", "Earner " + SCRIPT + CDATA + " " + ATTR.substring(0, 20));
            click(By.cssSelector("main form[action$='/me/settings'] [type=submit]"));
            waitFor(By.cssSelector(".alert-success"));
            check("EARNER /me/settings after saving", List.of(SCRIPT_TEXT));
        }
        if (caller == Caller.OWNER) {
            // The programs form: a hostile program is created, and an invalid one echoed back with its errors.
            open(m + "/programs");
            fill("name", "Formed " + SCRIPT + IMG);
            fill("slug", TestData.unique("formed"));
            fill("description", ALL);
            click(By.cssSelector("main form[action$='/programs'] [type=submit]"));
            waitFor(By.cssSelector(".alert-success"));
            check("OWNER programs after adding one", List.of("Formed " + SCRIPT_TEXT));
            fill("name", "Formed " + SCRIPT);
            fill("slug", SVG);
            click(By.cssSelector("main form[action$='/programs'] [type=submit]"));
            waitFor(By.cssSelector("main .is-invalid"));
            check("OWNER programs form with errors", List.of(SVG));

            // The award form sends hostile input back with its errors.
            open(m + "/badges/" + w.badge() + "/award");
            fill("recipient", IMG);
            fill("narrative", ALL);
            fill("evidence", JS_URL);
            click(By.cssSelector("main form [type=submit]"));
            waitFor(By.cssSelector("main .is-invalid"));
            check("OWNER award form with errors", List.of(IMG));

            // A bulk award's check step shows the rows of a hostile CSV.
            open(m + "/badges/" + w.badge() + "/bulk");
            fill("text", "recipient,narrative,evidence\n\"" + IMG.replace("\"", "\"\"") + "\",\""
                    + ALL.replace("\"", "\"\"") + "\"," + JS_URL + "\nbulk_user,\"" + SCRIPT + "\"," + QUOTED_URL + "\n");
            click(By.cssSelector("main form button[value=check]"));
            waiting().until(ExpectedConditions.urlContains("/bulk"));
            waitFor(By.cssSelector("main table, main .alert"));
            check("OWNER bulk award check step", List.of(IMG));

            // The editor's live preview (htmx) renders the hostile name typed so far.
            open(m + "/badges/" + w.badge() + "/edit");
            browser.findElement(By.name("name")).sendKeys(" typed");
            waiting().until(driver -> String.valueOf(js("return document.getElementById('badge-preview').textContent"))
                    .contains("typed"));
            check("OWNER badge editor preview (htmx)", List.of(SCRIPT_TEXT));

            // The embed tab's builder swaps its preview (htmx) when the theme changes.
            open(m + "/embed");
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("theme"))).selectByValue("dark");
            waiting().until(driver -> String.valueOf(js("var f = document.querySelector('#preview iframe');"
                    + " return f ? f.getAttribute('src') : ''")).contains("dark"));
            check("OWNER embed tab after choosing a theme (htmx)", List.of());
        }
    }

    /** The route patterns {@link #visits} covers. */
    static final class VisitedRoutes {
        static final Set<String> ROUTES = Set.of("GET /", "GET /issuers/{issuer}", "GET /issuers/{issuer}/badges/{slug}",
                "GET /u/{handle}", "GET /u/{handle}/collections/{name}", "GET /awards/{publicId}",
                "GET /embed/{service}/{user}", "GET /embed/{service}/{user}.svg", "GET /issuers/{issuer}/profile.json",
                "GET /issuers/{issuer}/revocations.json", "GET /issuers/{issuer}/badges/{slug}/badgeclass.json",
                "GET /awards/{publicId}/assertion.json", "GET /awards/{id}/credential.json",
                "GET /v1/{service}/users.json", "GET /v1/{service}/badges.json", "GET /api/v1/users/{handle}",
                "GET /api/v1/users/{handle}/collections", "GET /developers", "GET /developers/", "GET /login",
                "GET /signup", "GET /verify/sent", "GET /verify/resend", "GET /verify/{token}", "GET /login/forgot",
                "GET /login/forgot/sent", "GET /reset/{token}", "GET /me", "GET /me/awards", "GET /me/collections",
                "GET /me/collections/{name}", "GET /me/collections/{name}/delete", "GET /me/embed", "GET /me/settings",
                "GET /claim/{token}", "GET /manage", "GET /manage/new", "GET /manage/{issuer}",
                "GET /manage/{issuer}/badges", "GET /manage/{issuer}/badges/new",
                "GET /manage/{issuer}/badges/criteria-row", "GET /manage/{issuer}/badges/{slug}/edit",
                "GET /manage/{issuer}/badges/{slug}/award", "GET /manage/{issuer}/badges/{slug}/bulk",
                "GET /manage/{issuer}/awards", "GET /manage/{issuer}/programs", "GET /manage/{issuer}/embed",
                "GET /manage/{issuer}/members", "GET /manage/{issuer}/settings", "GET /manage/{issuer}/api-keys",
                "GET /manage/{issuer}/export", "GET /admin/issuers", "GET /admin/mailbox", "GET /admin/mailbox/{id}",
                "GET /admin/restore", "GET /images/{id}");
    }

    private Set<String> getRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            boolean ld = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .anyMatch(type -> type.toString().equals("application/ld+json"));
            for (String pattern : info.getPatternValues()) {
                routes.add("GET " + pattern + (ld ? " [ld+json]" : ""));
            }
        }
        Set<String> skipped = new TreeSet<>();
        SKIPPED.keySet().forEach(route -> skipped.add("GET " + route));
        routes.removeAll(skipped);
        return routes;
    }

    // ---------------------------------------------------------------------------------------------- the checks

    private static final String MARKERS = """
            function count(root) {
              var n = root.querySelectorAll('[data-hostile]').length;
              root.querySelectorAll('*').forEach(function (e) { if (e.shadowRoot) n += count(e.shadowRoot); });
              return n;
            }
            var names = [];
            document.querySelectorAll('[data-hostile]').forEach(function (e) {
              names.push(e.tagName.toLowerCase() + '[data-hostile=' + e.getAttribute('data-hostile') + ']');
            });
            var links = [];
            document.querySelectorAll('[href],[src],[action],[formaction]').forEach(function (e) {
              ['href', 'src', 'action', 'formaction'].forEach(function (a) {
                var v = e.getAttribute(a);
                if (v && /^\\s*javascript:/i.test(v)) links.push(e.tagName.toLowerCase() + ' ' + a + '=' + v);
              });
            });
            var shown = (document.body ? document.body.innerText : document.documentElement.textContent || '');
            document.querySelectorAll('input, textarea').forEach(function (e) { shown += '\\n' + e.value; });
            document.querySelectorAll('[title]').forEach(function (e) { shown += '\\n' + e.getAttribute('title'); });
            var wideBy = '';
            var limit = document.documentElement.clientWidth + 1;
            var wide = document.documentElement.scrollWidth > limit;
            if (wide) document.querySelectorAll('body *').forEach(function (e) {
              if (!wideBy && e.getBoundingClientRect().right > limit && e.children.length === 0) {
                wideBy = e.tagName.toLowerCase() + '.' + e.className + ' "' + (e.textContent || '').substring(0, 60) + '"';
              }
            });
            return {count: count(document), wideBy: wideBy, names: names.join(', '), links: links.join(', '),
                    hostile: typeof window.__hostile === 'undefined' ? null : String(window.__hostile),
                    shown: shown, title: document.title,
                    wide: wide};
            """;

    /** Everything a page must (not) do; problems are collected so one run names every page and payload. */
    @SuppressWarnings("unchecked")
    private void check(String page, List<String> shows) {
        try {
            String alert = browser.switchTo().alert().getText();
            browser.switchTo().alert().accept();
            problems.add(page + ": an alert opened: " + alert);
        } catch (NoAlertPresentException expected) {
            // as it should be
        }
        Map<String, Object> found = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(MARKERS);
        if (((Number) found.get("count")).intValue() > 0) {
            problems.add(page + ": payload elements in the DOM: " + found.get("names"));
        }
        if (found.get("hostile") != null) {
            problems.add(page + ": a payload ran (window.__hostile = " + found.get("hostile") + ")");
        }
        if (!String.valueOf(found.get("links")).isEmpty()) {
            problems.add(page + ": javascript: addresses: " + found.get("links"));
        }
        if (Boolean.TRUE.equals(found.get("wide"))) {
            problems.add(page + ": wider than the window (a long word does not wrap): " + found.get("wideBy"));
            try {
                screenshot("hostile-wide-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        String shown = String.valueOf(found.get("shown"));
        for (String literal : shows) {
            if (!shown.contains(literal)) {
                problems.add(page + ": does not show the literal text " + literal + " (title: " + found.get("title")
                        + ")");
            }
        }
        cspViolations(page);
    }

    private void cspViolations(String page) {
        List<String> violations = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        if (!violations.isEmpty()) {
            problems.add(page + ": content security policy violations (something tried to run): " + violations);
        }
    }

    /** A control: on a stranger's page that does run markup, the checks report every kind of problem. */
    private void theChecksSeeWhatTheyLookFor() {
        openElsewhere("/control.html", "<!DOCTYPE html><title>Control</title><b data-hostile=control>b</b>"
                + "<script>window.__hostile='control'</script><a href=\"javascript:void(0)\">x</a>");
        check("control", List.of("not on the page"));
        openElsewhere("/control-csp.html", "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\""
                + " content=\"script-src 'none'\"><title>Control</title><script>window.__hostile='csp'</script>");
        check("control-csp", List.of());
        String reported = String.join("\n", problems);
        problems.clear();
        assertThat(reported).as("the checks themselves").contains("control: payload elements in the DOM: b[data-hostile=control]",
                "control: a payload ran (window.__hostile = control)", "control: javascript: addresses",
                "control: does not show the literal text", "control-csp: content security policy violations");
    }

    // ---------------------------------------------------------------------------------------------- the embed

    private void embedOnAStrangersPage(World w) throws IOException {
        String service = w.issuer().getSlug();
        for (String theme : List.of("stackoverflow", "light", "dark", "minimal", "auto")) {
            openElsewhere("/script-" + theme + ".html", "<!DOCTYPE html><title>Forum</title>"
                    + "<script src=\"" + url("/embed.js") + "\" async></script>"
                    + "<span class=\"userbadges\" data-service=\"" + service + "\" data-user=\"" + w.siteUser()
                    + "\" data-theme=\"" + theme + "\"></span>");
            waiting().until(driver -> "done".equals(js("var e = document.querySelector('.userbadges');"
                    + " return e.getAttribute('data-state')")));
            check("stranger's page, embed.js theme " + theme, List.of(SCRIPT_TEXT));
            if (theme.equals("dark")) {
                screenshot("hostile-embed-script-dark");
            }

            openElsewhere("/frame-" + theme + ".html", "<!DOCTYPE html><title>Forum</title><iframe id=\"widget\" src=\""
                    + url("/embed/" + service + "/" + w.siteUser() + "?theme=" + theme) + "\"></iframe>"
                    + "<img id=\"image\" alt=\"badges\" src=\"" + url("/embed/" + service + "/" + w.siteUser()
                    + ".svg?theme=" + theme) + "\">");
            waiting().until(driver -> Boolean.TRUE.equals(js(
                    "var i = document.getElementById('image'); return i.complete && i.naturalWidth > 1")));
            check("stranger's page, iframe and SVG image, theme " + theme, List.of());
            browser.switchTo().frame("widget");
            waitFor(By.cssSelector(".userbadge, main, body"));
            check("embed iframe, theme " + theme, List.of(SCRIPT_TEXT));
            browser.switchTo().defaultContent();
        }
    }

    private void openElsewhere(String path, String html) {
        thirdParty.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        browser.get("http://localhost:" + thirdParty.getAddress().getPort() + path);
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** The baked SVG and the embed's SVG image are well-formed XML holding no payload element and no script. */
    private void bakedAndEmbedSvgHoldNoMarkup(World w) throws Exception {
        HttpApi http = new HttpApi(port);
        for (String path : List.of("/awards/" + w.award() + "/badge.svg",
                "/embed/" + w.issuer().getSlug() + "/" + w.siteUser() + ".svg?theme=dark")) {
            HttpApi.Response svg = http.get(path).send();
            if (svg.status() != 200) {
                problems.add(path + ": answered " + svg.status());
                continue;
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.text().getBytes(StandardCharsets.UTF_8)));
            NodeList all = document.getElementsByTagName("*");
            for (int n = 0; n < all.getLength(); n++) {
                Element element = (Element) all.item(n);
                String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
                if (element.hasAttribute("data-hostile") || name.equalsIgnoreCase("script")
                        || element.hasAttribute("onload") || element.hasAttribute("onerror")) {
                    problems.add(path + ": SVG holds a payload element <" + name + ">");
                }
            }
        }
    }
}
