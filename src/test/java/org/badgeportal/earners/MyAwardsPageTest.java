package org.badgeportal.earners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /me} and {@code /me/awards?status=...}: what the signed-in person sees of their awards. */
@PortalTest
class MyAwardsPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardService awards;
    @Autowired
    EarnerFixtures fixtures;
    @Autowired
    Clock clock;

    Account owner;
    Account earner;
    Issuer issuer;
    Badge reading;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        earner = data.account("earner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        reading = data.badge(issuer, "Reading");
    }

    private String award(Badge badge) {
        return awards.issue(AwardRequest.of(badge, earner.getEmail()).withNarrative("Read 12 books")).publicId();
    }

    private Document page(String path) throws Exception {
        String html = mvc.perform(get(path).with(user(data.principal(earner))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void meShowsThePendingAwardsFirstWithTheirCountThenTheRecentlyAccepted() throws Exception {
        String accepted = award(data.badge(issuer, "Writing"));
        awards.accept(accepted, earner.getId());
        String first = award(reading);
        String second = award(data.badge(issuer, "Speaking"));
        String declined = award(data.badge(issuer, "Hidden one"));
        awards.decline(declined, earner.getId());
        awards.issue(AwardRequest.of(reading, "someone-else@example.org"));

        Document me = page("/me");
        assertThat(me.select("#pending-heading-count").text()).isEqualTo("2");
        assertThat(me.select("#pending-count").text()).startsWith("2");
        assertThat(me.select("#count-pending").text()).isEqualTo("2");
        assertThat(me.select("#count-accepted").text()).isEqualTo("1");
        assertThat(me.select("#count-declined").text()).isEqualTo("1");
        assertThat(me.select("#pending-awards .award-card").eachAttr("id"))
                .containsExactlyInAnyOrder("award-" + first, "award-" + second);
        assertThat(me.select("#accepted-awards .award-card").eachAttr("id")).containsExactly("award-" + accepted);
        assertThat(me.select(".award-card").eachAttr("id")).doesNotContain("award-" + declined);
        // Pending comes before accepted in the page.
        assertThat(me.html().indexOf("award-" + first)).isLessThan(me.html().indexOf("award-" + accepted));

        var card = me.getElementById("award-" + first);
        assertThat(card.select(".badge-name").text()).isEqualTo("Reading");
        assertThat(card.select(".badge-name").attr("href")).isEqualTo("/issuers/" + issuer.getSlug() + "/badges/" + reading.getSlug());
        assertThat(card.select("img.badge-image").attr("src")).isEqualTo(reading.getImageSrc());
        assertThat(card.select("img.badge-image").attr("alt")).isEqualTo("Badge: Reading");
        assertThat(card.select(".issuer-name").text()).contains(issuer.getName());
        assertThat(card.select(".narrative").text()).isEqualTo("Read 12 books");
        assertThat(card.select("button").eachText()).containsExactly("Accept: Reading", "Decline: Reading");
        assertThat(card.select("form").eachAttr("hx-post"))
                .containsExactly("/me/awards/" + first + "/accept", "/me/awards/" + first + "/decline");
        assertThat(me.getElementById("award-" + accepted).select("button").eachText())
                .containsExactly("Hide from my profile: Writing");
    }

    @Test
    void theNavigationShowsMyBadgesWithThePendingCountOnOtherPages() throws Exception {
        award(reading);
        award(reading);
        Document catalogue = page("/");
        assertThat(catalogue.select("#nav-me").attr("href")).isEqualTo("/me");
        assertThat(catalogue.select("#nav-me").text()).startsWith("My badges");
        assertThat(catalogue.select("#pending-count").text()).isEqualTo("2 waiting for your answer");
        assertThat(catalogue.select("#pending-count").hasClass("d-none")).isFalse();

        Account nobody = data.account("nobody");
        String html = mvc.perform(get("/").with(user(data.principal(nobody))))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#pending-count").hasClass("d-none")).as("hidden at zero").isTrue();
        mvc.perform(get("/")).andExpect(content().string(not(containsString("pending-count"))));
    }

    @Test
    void statusFiltersListOnePageOfTwentyAwardsInThatState() throws Exception {
        for (int i = 0; i < 23; i++) {
            awards.accept(award(reading), earner.getId());
        }
        String revoked = award(reading);
        awards.revoke(revoked, "Issued by mistake <b>sorry</b>", owner.getId());

        Document first = page("/me/awards?status=accepted");
        assertThat(first.select("#awards .award-card")).hasSize(20);
        assertThat(first.select(".pagination").text()).contains("Page 1 of 2");
        assertThat(first.select("#award-filters .active").text()).startsWith("Accepted");
        Document second = page("/me/awards?status=accepted&page=1");
        assertThat(second.select("#awards .award-card")).hasSize(3);

        Document revokedPage = page("/me/awards?status=revoked");
        var card = revokedPage.getElementById("award-" + revoked);
        assertThat(card.select(".revocation").text()).isEqualTo("Revoked by the issuer: Issued by mistake <b>sorry</b>");
        assertThat(card.select("form")).as("no actions on a revoked award").isEmpty();
        assertThat(page("/me/awards?status=pending").select("#awards .award-card")).isEmpty();

        mvc.perform(get("/me/awards?status=lost").with(user(data.principal(earner))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/me/awards?status=pending&page=x").with(user(data.principal(earner))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void meIsPagedByTwentyPendingAwardsWithABoundedNumberOfStatements() throws Exception {
        Badge uploaded = fixtures.badgeWithUploadedImage(issuer, "Uploaded");
        award(uploaded);
        awards.accept(award(data.badge(issuer, "Accepted")), earner.getId());
        long few = SqlStatements.countDuring(() -> page("/me"));

        Issuer other = data.issuer(owner, AcceptancePolicy.REQUIRED);
        for (int i = 0; i < 24; i++) {
            award(i % 2 == 0 ? fixtures.badgeWithUploadedImage(other, "Upload " + i) : data.badge(other, "Url " + i));
            awards.accept(award(data.badge(other, "Accepted " + i)), earner.getId());
        }
        long many = SqlStatements.countDuring(() -> {
            Document me = page("/me");
            assertThat(me.select("#pending-awards .award-card")).hasSize(20);
            assertThat(me.select("#accepted-awards .award-card")).hasSize(6);
            assertThat(me.select("#pending-heading-count").text()).isEqualTo("25");
            assertThat(me.select(".pagination").text()).contains("Page 1 of 2");
            assertThat(me.select("#pending-awards img.badge-image").eachAttr("src")).anyMatch(src -> src.startsWith("/images/"));
            return me;
        });
        // Full pages add their count queries (pending and accepted); nothing grows with the number of awards.
        assertThat(many).as("statements for /me with 50 awards").isLessThanOrEqualTo(few + 2).isLessThanOrEqualTo(8);
        assertThat(page("/me?page=1").select("#pending-awards .award-card")).hasSize(5);
    }

    @Test
    void expiredAwardsSayExpiredAndEverythingTheIssuerWroteIsEscaped() throws Exception {
        Badge nasty = data.badge(issuer, "<script>alert('name')</script>");
        Instant now = clock.instant();
        String expired = awards.issue(AwardRequest.of(nasty, earner.getEmail())
                .withNarrative("<img src=x onerror=alert(1)>")
                .withValidity(now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)))).publicId();
        awards.accept(expired, earner.getId());

        String html = mvc.perform(get("/me/awards?status=accepted").with(user(data.principal(earner))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andReturn().getResponse().getContentAsString();
        var card = Jsoup.parse(html).getElementById("award-" + expired);
        assertThat(card.select(".badge-name").text()).isEqualTo("<script>alert('name')</script>");
        assertThat(card.select(".award-expired").text()).isEqualTo("Expired");
        assertThat(card.text()).contains("Expired on");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/me")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/me/awards?status=accepted")).andExpect(redirectedUrl("/login"));
    }
}
