package org.badgeportal.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.collections.ShowcaseFixtures;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** /u/{handle}: public awards grouped by badge, public collections, private profiles. */
@PortalTest
class PublicProfileTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ShowcaseFixtures fixtures;
    @Autowired
    IssuerService issuers;
    @Autowired
    JdbcTemplate jdbc;

    Account earner;
    Account owner;
    Issuer issuer;
    Badge reading;
    Badge writing;
    Badge drawing;

    @BeforeEach
    void setUp() {
        earner = data.account("ada");
        jdbc.update("update account set display_name = ? where id = ?", "Ada <Lovelace>", earner.getId());
        owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        issuers.setVerified(issuer.getSlug(), true);
        reading = data.badge(issuer, "Reading");
        writing = data.badge(issuer, "Writing");
        drawing = data.badge(issuer, "Drawing");
    }

    @Test
    void showsPublicAwardsGroupedByBadgeWithCountsLatestDatesAndPublicCollections() throws Exception {
        String older = fixtures.accepted(reading, earner);
        fixtures.accepted(reading, earner);
        fixtures.issuedDaysAgo(older, 40);
        String writingAward = fixtures.accepted(writing, earner);
        fixtures.issuedDaysAgo(writingAward, 400);
        createCollection("Shown", true);
        createCollection("Hidden", false);
        mvc.perform(post("/me/collections/{name}/awards", "Shown").with(csrf()).with(user(data.principal(earner)))
                .param("award", writingAward)).andExpect(status().is3xxRedirection());

        String page = mvc.perform(get("/u/{handle}", earner.getHandle()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ada &lt;Lovelace&gt;").doesNotContain("Ada <Lovelace>")
                .contains("@" + earner.getHandle())
                .contains("href=\"/issuers/" + issuer.getSlug() + "/badges/" + reading.getSlug() + "\"")
                .contains("href=\"/issuers/" + issuer.getSlug() + "/badges/" + writing.getSlug() + "\"")
                .contains("aria-label=\"Verified issuer\"")
                .contains("href=\"/u/" + earner.getHandle() + "/collections/Shown\"")
                .contains("1 badge")
                .doesNotContain("Hidden");
        // Reading twice (latest: today), Writing once: newest first, and only Reading has a count.
        assertThat(page).containsOnlyOnce("\u00d72").doesNotContain("\u00d71");
        assertThat(page.indexOf("Reading")).isLessThan(page.indexOf("Writing"));
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(page).contains(">" + today + "</time>");
    }

    @Test
    void pendingDeclinedRevokedAndExpiredAwardsAreNotShown() throws Exception {
        fixtures.pending(reading, earner);
        String declined = fixtures.accepted(writing, earner);
        fixtures.decline(declined, earner);
        String revoked = fixtures.accepted(drawing, earner);
        fixtures.revoke(revoked, owner);
        fixtures.expired(drawing, earner);

        mvc.perform(get("/u/{handle}", earner.getHandle()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No public badges yet.")))
                .andExpect(content().string(not(containsString("Reading"))))
                .andExpect(content().string(not(containsString("Writing"))))
                .andExpect(content().string(not(containsString("Drawing"))));
    }

    @Test
    void aPrivateProfileIsNotFoundExceptForTheAccountItself() throws Exception {
        fixtures.accepted(reading, earner);
        fixtures.setProfilePublic(earner, false);

        mvc.perform(get("/u/{handle}", earner.getHandle())).andExpect(status().isNotFound());
        mvc.perform(get("/u/{handle}", earner.getHandle()).with(user(data.principal(owner))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/u/{handle}", earner.getHandle()).with(user(data.principal(earner))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your profile is private: only you can see this page.")))
                .andExpect(content().string(containsString("Reading")));
        mvc.perform(get("/u/{handle}", "nobody-" + earner.getId())).andExpect(status().isNotFound());
    }

    @Test
    void aProfileCostsTheSameFewStatementsHoweverManyAwardsItShows() throws Exception {
        Account few = data.account("few");
        fixtures.accepted(reading, few);
        createCollectionFor(few, "One", true);
        Account many = data.account("many");
        for (Badge badge : new Badge[] {reading, writing, drawing}) {
            for (int i = 0; i < 4; i++) {
                fixtures.accepted(badge, many);
            }
        }
        for (int i = 0; i < 5; i++) {
            createCollectionFor(many, "Collection " + i, true);
        }

        long forFew = SqlStatements.countDuring(() -> mvc.perform(get("/u/{handle}", few.getHandle()))
                .andExpect(status().isOk()));
        long forMany = SqlStatements.countDuring(() -> mvc.perform(get("/u/{handle}", many.getHandle()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\u00d74"))));
        assertThat(forMany).isEqualTo(forFew).isLessThanOrEqualTo(4);
    }

    private void createCollection(String name, boolean visible) throws Exception {
        createCollectionFor(earner, name, visible);
    }

    private void createCollectionFor(Account account, String name, boolean visible) throws Exception {
        var request = post("/me/collections").with(csrf()).with(user(data.principal(account))).param("name", name);
        if (visible) {
            request.param("publiclyVisible", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }
}
