package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.badgeportal.BadgePortalApplication;
import org.badgeportal.support.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database goes away for a while: pages and APIs answer 503 with a clear message (never a 500, never a
 * stack trace), and once it is back the portal serves again by itself, without a restart.
 */
class DatabaseOutageTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String database;
    private static ConfigurableApplicationContext portal;

    @BeforeAll
    static void start() {
        database = TestPostgres.newDatabase();
        portal = new SpringApplicationBuilder(BadgePortalApplication.class).profiles("postgres").run(
                "--spring.datasource.url=" + database, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--server.port=0", "--badges.secret=outage-test",
                "--badges.admin.password=outage-test-admin", "--badges.data-dir=target/outage",
                "--spring.datasource.hikari.connection-timeout=1000");
    }

    @AfterAll
    static void stop() {
        TestPostgres.restore(database);
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayPagesAndApisAnswer503AndAfterwardsTheyServeAgain() throws Exception {
        assertThat(get("/").statusCode()).isEqualTo(200);
        assertThat(get("/v1/nobody/users.json").statusCode()).isEqualTo(404);

        TestPostgres.cutOff(database);
        HttpResponse<String> page = get("/");
        HttpResponse<String> api = get("/v1/nobody/users.json");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body()).contains("The portal cannot reach its database right now")
                .doesNotContain("Exception").doesNotContain("at org.");
        assertThat(api.statusCode()).isEqualTo(503);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
        assertThat(api.body()).contains("\"error\"").contains("cannot reach its database").doesNotContain("Exception");

        TestPostgres.restore(database);
        List<Integer> answers = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline && (answers.isEmpty() || answers.get(answers.size() - 1) != 200)) {
            answers.add(get("/").statusCode());
        }
        assertThat(answers).as("the portal recovers without a restart").last().isEqualTo(200);
        assertThat(answers).as("never a 500 on the way").doesNotContain(500);
        assertThat(get("/v1/nobody/users.json").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
