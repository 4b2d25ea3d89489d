package org.badgeportal.embed;

import static org.assertj.core.api.Assertions.assertThat;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.BrowserTestBase;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embed on a stranger's page: a page served from another origin (its own port) holding only the snippet
 * shows the badges, the counts and the theme, honours a renderBadge override, runs none of the markup a badge
 * holds, and never shows pending or declined awards.
 */
class EmbedBrowserTest extends BrowserTestBase {

    @Autowired
    TestData data;
    @Autowired
    EmbedFixtures fixtures;

    HttpServer thirdParty;
    Issuer site;
    Issuer school;

    @BeforeEach
    void setUp() throws IOException {
        Account owner = data.account("owner");
        site = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        Badge donated = fixtures.badge(site, "donated", "Donated at least $5", Map.of("type", "\"gold\""));
        Badge popular = fixtures.badge(site, "popular", "Post has at least 100 views");
        Badge withdrawn = fixtures.badge(site, "withdrawn", "Declined by its recipient");
        fixtures.award(donated, "daniel");
        fixtures.award(donated, "daniel");
        fixtures.award(popular, "daniel");
        fixtures.setStatus(fixtures.award(withdrawn, "daniel"), "DECLINED");

        Badge hostile = fixtures.badge(site, EmbedFixtures.IMG_PAYLOAD, EmbedFixtures.SCRIPT_PAYLOAD,
                Map.of("link", "\"javascript:window.__pwned=1\""));
        fixtures.award(hostile, "mallory");
        fixtures.award(hostile, "mallory");

        school = data.issuer(owner, AcceptancePolicy.REQUIRED);
        Badge course = fixtures.badge(school, "course", "Finished the course");
        fixtures.award(course, "carol");
        fixtures.setStatus(fixtures.award(course, "carol"), "DECLINED");

        thirdParty = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        thirdParty.start();
    }

    @AfterEach
    void stopThirdParty() {
        thirdParty.stop(0);
    }

    /** Serves {@code html} from the third-party origin and opens it. */
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

    private String snippet(String service, String user, String extra) {
        return "<script src=\"" + url("/embed.js") + "\" async></script>\n<span class=\"userbadges\" data-service=\""
                + service + "\" data-user=\"" + user + "\"" + extra + "></span>\n";
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void theSnippetShowsTheUsersBadgesWithCountsAndTheChosenTheme() {
        openElsewhere("/page.html", "<!DOCTYPE html><title>Blog</title>"
                + snippet(site.getSlug(), "daniel", " data-theme=\"stackoverflow\""));

        WebElement donated = waitFor(By.cssSelector(".userbadges .userbadge.donated"));
        assertThat(donated.findElement(By.cssSelector("a .name")).getText()).isEqualTo("donated");
        assertThat(donated.findElement(By.cssSelector(".name")).getDomAttribute("title")).isEqualTo("Donated at least $5");
        assertThat(donated.findElement(By.cssSelector("a")).getDomAttribute("href"))
                .startsWith("http").endsWith("/issuers/" + site.getSlug() + "/badges/donated");
        assertThat(donated.findElement(By.cssSelector(".count")).getText()).isEqualTo("x2");
        WebElement popular = browser.findElement(By.cssSelector(".userbadge.popular"));
        assertThat(popular.findElements(By.cssSelector(".count"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".userbadge"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector(".userbadge.withdrawn"))).isEmpty();

        assertThat(js("return document.querySelectorAll('link[href$=\"/themes/stackoverflow.css\"]').length"))
                .isEqualTo(1L);
        waiting().until(driver -> "rgb(51, 51, 51)".equals(js("return getComputedStyle("
                + "document.querySelector('.userbadge.donated')).backgroundColor")));

        // Elements added later are rendered too: automatically, or by calling UserBadges.render().
        js("var s = document.createElement('span'); s.className = 'userbadges'; s.id = 'later';"
                + "s.setAttribute('data-service', '" + site.getSlug() + "'); s.setAttribute('data-user', 'daniel');"
                + "document.body.appendChild(s); UserBadges.render();");
        waitFor(By.cssSelector("#later .userbadge.donated .count"));
        assertThat(browser.findElements(By.cssSelector("#later .userbadge"))).hasSize(2);
    }

    @Test
    void markupHeldByABadgeRunsNothingOnThePage() {
        openElsewhere("/hostile.html", "<!DOCTYPE html><title>Forum</title>"
                + snippet(site.getSlug(), "mallory", " data-theme=\"dark\""));

        WebElement name = waitFor(By.cssSelector(".userbadge .name"));
        assertThat(name.getText()).isEqualTo(EmbedFixtures.IMG_PAYLOAD);
        assertThat(name.getDomAttribute("title")).isEqualTo(EmbedFixtures.SCRIPT_PAYLOAD);
        assertThat(browser.findElement(By.cssSelector(".userbadge .count")).getText()).isEqualTo("x2");
        assertThat(browser.findElements(By.cssSelector(".userbadges img, .userbadges script, .userbadges b"))).isEmpty();
        String href = browser.findElement(By.cssSelector(".userbadge a")).getDomAttribute("href");
        assertThat(href).startsWith("http").doesNotContain("javascript");
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");

        // The no-script variants on the same stranger's page: the widget in an iframe and the image.
        openElsewhere("/frame.html", "<!DOCTYPE html><title>Forum</title><iframe id=\"widget\" src=\""
                + url("/embed/" + site.getSlug() + "/mallory?theme=light") + "\"></iframe><img id=\"image\" alt=\"badges\" src=\""
                + url("/embed/" + site.getSlug() + "/daniel.svg?theme=dark") + "\">");
        waiting().until(driver -> Boolean.TRUE.equals(js(
                "var i = document.getElementById('image'); return i.complete && i.naturalWidth > 1")));
        browser.switchTo().frame("widget");
        WebElement framed = waitFor(By.cssSelector(".userbadge .name"));
        assertThat(framed.getText()).isEqualTo(EmbedFixtures.IMG_PAYLOAD);
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
        browser.switchTo().defaultContent();
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
    }

    @Test
    void aPageCanRenderBadgesItsOwnWay() {
        openElsewhere("/override.html", "<!DOCTYPE html><title>List</title>"
                + "<ul class=\"userbadges\" data-service=\"" + site.getSlug() + "\" data-user=\"daniel\"></ul>"
                + "<script src=\"" + url("/embed.js") + "\"></script>"
                + "<script>UserBadges.renderBadge = function (badge) {"
                + " return '<li class=\"custom\">' + badge.name + ' ' + badge.count + '/' + badge.globalCount + ' '"
                + " + (badge.type || '-') + '</li>'; };</script>");

        waitFor(By.cssSelector("ul.userbadges li.custom"));
        List<String> items = browser.findElements(By.cssSelector("ul.userbadges li.custom")).stream()
                .map(WebElement::getText).toList();
        assertThat(items).containsExactly("donated 2/2 gold", "popular 1/1 -");
        assertThat(browser.findElements(By.cssSelector("ul.userbadges .userbadge"))).isEmpty();
    }

    @Test
    void pendingAndDeclinedAwardsAndUnknownNamesLeaveTheElementEmptyAndThePageWorking() {
        openElsewhere("/empty.html", "<!DOCTYPE html><title>School</title>"
                + snippet(school.getSlug(), "carol", " id=\"carol\"")
                + "<span class=\"userbadges\" id=\"unknown-user\" data-service=\"" + site.getSlug()
                + "\" data-user=\"nobody\"></span>"
                + "<span class=\"userbadges\" id=\"unknown-service\" data-service=\"no-such-service\" data-user=\"daniel\"></span>"
                + "<span class=\"userbadges\" id=\"daniel\" data-service=\"" + site.getSlug() + "\" data-user=\"daniel\"></span>");

        // The last element proves the script ran to the end after the failures before it.
        waitFor(By.cssSelector("#daniel .userbadge.donated"));
        waiting().until(driver -> Boolean.TRUE.equals(js(
                "return document.querySelectorAll('.userbadges[data-state]').length === 4")));
        assertThat(browser.findElement(By.id("unknown-service")).getDomAttribute("data-state")).isEqualTo("failed");
        for (String id : List.of("carol", "unknown-user", "unknown-service")) {
            assertThat(browser.findElement(By.id(id)).getDomProperty("innerHTML")).as(id).isEmpty();
        }
        assertThat(browser.getPageSource()).doesNotContain("course");
    }
}
