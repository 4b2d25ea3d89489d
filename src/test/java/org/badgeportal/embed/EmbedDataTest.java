package org.badgeportal.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.Map;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.IssuedAward;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.SqlStatements;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The read side of the UserBadges API: shapes, counts, sorting, errors, caching and cross-origin reads. */
@PortalTest
class EmbedDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    EmbedFixtures fixtures;
    @Autowired
    AwardService awards;

    Account owner;
    Issuer site;
    Badge donated;
    Badge popular;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        site = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        donated = fixtures.badge(site, "donated", "Donated at least $5", Map.of("type", "\"gold\"", "rank", "3"));
        popular = fixtures.badge(site, "popular", "Post has at least 100 views");
        fixtures.award(donated, "daniel");
        fixtures.award(donated, "daniel");
        fixtures.award(popular, "daniel");
        fixtures.award(donated, "bob");
    }

    private String path(String rest) {
        return "/v1/" + site.getSlug() + rest;
    }

    @Test
    void usersJsonAnswersTheUsersBadgesWithCountsAndTheBadgesWithGlobalFigures() throws Exception {
        mvc.perform(get(path("/users.json")).param("names", "daniel,bob,nobody"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.users[*].name", contains("bob", "daniel")))
                .andExpect(jsonPath("$.users[1].badges[*].name", contains("donated", "popular")))
                .andExpect(jsonPath("$.users[1].badges[0].count").value(2))
                .andExpect(jsonPath("$.users[1].badges[0].latest", startsWith("20")))
                .andExpect(jsonPath("$.users[1].latest", startsWith("20")))
                .andExpect(jsonPath("$.badges.donated.count").value(3))
                .andExpect(jsonPath("$.badges.donated.description").value("Donated at least $5"))
                .andExpect(jsonPath("$.badges.donated.type").value("gold"))
                .andExpect(jsonPath("$.badges.donated.rank").value(3))
                .andExpect(jsonPath("$.badges.donated.link")
                        .value("http://localhost:8080/issuers/" + site.getSlug() + "/badges/donated"))
                .andExpect(jsonPath("$.badges.popular.count").value(1));
    }

    @Test
    void aRecipientHidingOrShowingAnAwardChangesTheEmbedAtOnceDespiteTheShortCache() throws Exception {
        IssuedAward award = awards.issue(AwardRequest.of(popular, "carol"));
        Account carol = data.account("carol");
        awards.claim(awards.createClaimLink(award.recipientId(), owner.getId()), carol.getId());
        mvc.perform(get(path("/users.json")).param("names", "carol"))
                .andExpect(jsonPath("$.users[0].badges[*].name", contains("popular")));

        awards.decline(award.publicId(), carol.getId());
        mvc.perform(get(path("/users.json")).param("names", "carol")).andExpect(jsonPath("$.users").isEmpty());

        awards.accept(award.publicId(), carol.getId());
        mvc.perform(get(path("/users.json")).param("names", "carol"))
                .andExpect(jsonPath("$.users[0].badges[*].name", contains("popular")));
    }

    @Test
    void badgesJsonSortsByNameCountOrDateAndRefusesOtherSorts() throws Exception {
        mvc.perform(get(path("/badges.json")))
                .andExpect(jsonPath("$.badges[*].name", contains("donated", "popular")))
                .andExpect(jsonPath("$.badges[0].count").value(3));
        mvc.perform(get(path("/badges.json")).param("sort", "-name"))
                .andExpect(jsonPath("$.badges[*].name", contains("popular", "donated")));
        mvc.perform(get(path("/badges.json")).param("sort", "count"))
                .andExpect(jsonPath("$.badges[*].name", contains("popular", "donated")));
        mvc.perform(get(path("/badges.json")).param("sort", "-date"))
                .andExpect(jsonPath("$.badges[*].name", contains("donated", "popular")));
        mvc.perform(get(path("/users.json")).param("names", "daniel").param("sort", "-count"))
                .andExpect(jsonPath("$.users[0].badges[*].name", contains("donated", "popular")));
        mvc.perform(get(path("/users.json")).param("sort", "-name"))
                .andExpect(jsonPath("$.users[*].name", contains("daniel", "bob")));

        mvc.perform(get(path("/badges.json")).param("sort", "random"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error", containsString("sort")));
        mvc.perform(get(path("/users.json")).param("sort", "name;drop"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/v1/no-such-service/users.json").param("names", "daniel"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("service not found"));
        mvc.perform(get("/v1/no-such-service/badges.json")).andExpect(status().isNotFound());
    }

    @Test
    void onlyAcceptedUnrevokedUnexpiredAwardsOfSiteUsersCount() throws Exception {
        fixtures.setStatus(fixtures.award(popular, "bob"), "REVOKED");
        fixtures.setStatus(fixtures.award(popular, "bob"), "DECLINED");
        fixtures.setStatus(fixtures.award(popular, "bob"), "PENDING");
        fixtures.expire(fixtures.award(popular, "bob"));
        fixtures.award(popular, "someone@example.org");

        Account owner = data.account("school");
        Issuer school = data.issuer(owner, AcceptancePolicy.REQUIRED);
        Badge course = fixtures.badge(school, "course", "Finished the course");
        fixtures.award(course, "carol");

        mvc.perform(get(path("/users.json")))
                .andExpect(jsonPath("$.users[*].name", contains("bob", "daniel")))
                .andExpect(jsonPath("$.users[0].badges[*].name", contains("donated")))
                .andExpect(jsonPath("$.badges.popular.count").value(2));
        mvc.perform(get("/v1/" + school.getSlug() + "/users.json").param("names", "carol"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.users", hasSize(0)))
                .andExpect(jsonPath("$.badges.course").doesNotExist());
        mvc.perform(get("/v1/" + school.getSlug() + "/badges.json"))
                .andExpect(jsonPath("$.badges[0].count").value(0));
    }

    @Test
    void anySiteMayReadWithoutCredentialsAndRepeatedReadsCostA304() throws Exception {
        MvcResult first = mvc.perform(get(path("/users.json")).param("names", "daniel")
                        .header("Origin", "https://blog.example"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().doesNotExist("Access-Control-Allow-Credentials"))
                .andExpect(header().string("Cache-Control", containsString("max-age=60")))
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andReturn();
        String etag = first.getResponse().getHeader("ETag");
        assertThat(etag).startsWith("W/\"");

        MvcResult again = mvc.perform(get(path("/users.json")).param("names", "daniel").header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andReturn();
        assertThat(again.getResponse().getContentLength()).isZero();

        fixtures.award(popular, "daniel");
        mvc.perform(get(path("/users.json")).param("names", "daniel").header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.users[0].badges[1].count").value(2));
    }

    @Test
    void oneUsersBadgesCostTheSameNumberOfStatementsHoweverManyBadgesAndAwardsThereAre() throws Exception {
        long small = SqlStatements.countDuring(() -> mvc.perform(get(path("/users.json")).param("names", "daniel"))
                .andExpect(status().isOk()));
        for (int i = 0; i < 8; i++) {
            Badge extra = fixtures.badge(site, "extra-" + i, "Extra " + i, Map.of("type", "\"bronze\""));
            fixtures.award(extra, "daniel");
            fixtures.award(extra, "daniel");
            fixtures.award(extra, "user-" + i);
        }
        long large = SqlStatements.countDuring(() -> mvc.perform(get(path("/users.json")).param("names", "daniel"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.users[0].badges", hasSize(10))));
        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(4);

        long badges = SqlStatements.countDuring(() -> mvc.perform(get(path("/badges.json"))).andExpect(status().isOk()));
        assertThat(badges).isLessThanOrEqualTo(3);
    }
}
