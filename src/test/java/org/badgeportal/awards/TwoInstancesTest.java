package org.badgeportal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.badgeportal.BadgePortalApplication;
import org.badgeportal.accounts.Account;
import org.badgeportal.apis.portal.IdempotencyCleanup;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the portal in the {@code postgres} profile on one PostgreSQL database, as behind a load
 * balancer: a session begun on one continues on the other, an award made through one shows in the other's embed
 * data within seconds, and a scheduled job runs on one instance at a time.
 */
class TwoInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startBothInstances() {
        String database = TestPostgres.newDatabase();
        a = start(database);
        b = start(database);
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(BadgePortalApplication.class).profiles("postgres").run(
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--server.port=0", "--badges.secret=shared-by-both",
                "--badges.admin.password=two-instances-admin", "--badges.data-dir=target/two-instances");
    }

    @AfterAll
    static void stopBothInstances() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    void aSessionBegunOnOneInstanceContinuesOnTheOther() throws Exception {
        Account walker = a.getBean(TestData.class).account(TestData.unique("Walker"));
        Browser throughA = new Browser(a);
        Browser throughB = new Browser(b);

        String loginPage = throughA.get("/login").body();
        String before = throughA.session();
        HttpResponse<String> signIn = throughA.post("/login", "email=" + encode(walker.getEmail())
                + "&password=" + TestData.PASSWORD + "&_csrf=" + csrf(loginPage));
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(throughA.session()).as("a new session id after sign-in (fixation)").isNotEqualTo(before);

        throughB.useSession(throughA.session());
        HttpResponse<String> myPage = throughB.get("/me");
        assertThat(myPage.statusCode()).isEqualTo(200);
        assertThat(myPage.body()).contains(walker.getDisplayName());

        HttpResponse<String> signOut = throughB.post("/logout", "_csrf=" + csrf(myPage.body()));
        assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/?signedOut"));
        assertThat(throughA.get("/me").statusCode()).as("signed out everywhere").isEqualTo(302);
    }

    @Test
    void anAwardMadeThroughOneInstanceShowsInTheOthersEmbedDataWithinSeconds() throws Exception {
        TestData data = a.getBean(TestData.class);
        Issuer issuer = data.issuer(data.account("owner"), AcceptancePolicy.AUTOMATIC);
        Badge badge = data.badge(issuer, "Helper");
        String users = "/v1/" + issuer.getSlug() + "/users.json?names=daniel";
        Browser readerOfB = new Browser(b);
        assertThat(readerOfB.get(users).body()).doesNotContain(badge.getSlug()); // now in B's short cache

        HttpResponse<String> awarded = new Browser(a).put("/v1/" + issuer.getSlug() + "/users/daniel.json",
                data.apiKey(issuer), "{\"badges\":[\"" + badge.getSlug() + "\"]}");
        assertThat(awarded.statusCode()).isEqualTo(200);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos(); // polls, each a real request
        String seenByB = readerOfB.get(users).body();
        while (!seenByB.contains(badge.getSlug()) && System.nanoTime() < deadline) {
            seenByB = readerOfB.get(users).body();
        }
        assertThat(seenByB).contains("\"" + badge.getSlug() + "\"");
    }

    @Test
    void aScheduledJobWhoseLockTheOtherInstanceHoldsDoesNotRun() {
        JdbcClient database = b.getBean(JdbcClient.class);
        Issuer issuer = a.getBean(TestData.class).issuer(a.getBean(TestData.class).account("keys"),
                AcceptancePolicy.AUTOMATIC);
        database.sql("insert into idempotent_request (id, issuer_id, idempotency_key, request_hash, status_code,"
                        + " response_body, created_at) values (nextval('entity_seq'), ?, 'old-key', 'hash', 200, ?, ?)")
                .params(issuer.getId(), new byte[] {'{', '}'}, Timestamp.from(Instant.now().minus(Duration.ofDays(2))))
                .update();
        IdempotencyCleanup cleanupOnB = b.getBean(IdempotencyCleanup.class);

        Optional<SimpleLock> heldByA = a.getBean(LockProvider.class).lock(new LockConfiguration(Instant.now(),
                "idempotency-cleanup", Duration.ofMinutes(1), Duration.ZERO));
        assertThat(heldByA).as("A runs the job now").isPresent();
        assertThat(cleanupOnB.forgetOldKeys()).as("B skips it meanwhile").isNull();
        assertThat(oldKeys(database, issuer)).isEqualTo(1);

        heldByA.get().unlock();
        assertThat(cleanupOnB.forgetOldKeys()).isGreaterThanOrEqualTo(1);
        assertThat(oldKeys(database, issuer)).isZero();
    }

    @Test
    void theMailRetriesAreAskedForByOneInstancePerInterval() {
        Duration held = b.getBean(JdbcClient.class).sql("select locked_at, lock_until from shedlock where name = ?")
                .param("mail-retries")
                .query((row, n) -> Duration.between(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant()))
                .single();
        assertThat(held).as("badges.mail.dispatch-interval").isEqualTo(Duration.ofSeconds(30));
    }

    private static long oldKeys(JdbcClient database, Issuer issuer) {
        return database.sql("select count(*) from idempotent_request where issuer_id = ?").param(issuer.getId())
                .query(Long.class).single();
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return encode(matcher.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A browser's view of one instance: its own cookie jar, no redirects followed. */
    private static final class Browser {

        private final String base;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client;

        Browser(ConfigurableApplicationContext instance) {
            int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
            this.base = "http://localhost:" + port;
            this.client = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        HttpResponse<String> put(String path, String apiKey, String json) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", apiKey)
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        void useSession(String value) {
            HttpCookie cookie = new HttpCookie("SESSION", value);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create(base), cookie);
        }
    }
}
