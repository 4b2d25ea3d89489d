package org.badgeportal.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Lists that grow with use are paged (50 members, keys, tokens and collections a page, 24 profile badges) or
 * bounded (a collection holds at most 100 awards, an account at most 100 collections): one more than a page
 * puts the rest on page 2.
 */
@PortalTest
class BoundedListsTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardService awards;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void membersArePagedFiftyAPage() throws Exception {
        Account owner = data.account("owner");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        for (int i = 0; i < 50; i++) {
            data.addMember(issuer, data.account("member"), MembershipRole.STAFF);
        }
        String path = "/manage/" + issuer.getSlug() + "/members";
        String first = page(get(path), owner);
        assertThat(count(first, "id=\"member-")).isEqualTo(50);
        assertThat(first).contains("Page 1 of 2").contains(path + "?page=1");
        assertThat(count(page(get(path).param("page", "1"), owner), "id=\"member-")).isEqualTo(1);
    }

    @Test
    void apiKeysArePagedFiftyAPage() throws Exception {
        Account owner = data.account("owner");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        for (int i = 0; i < 51; i++) {
            data.apiKey(issuer);
        }
        String path = "/manage/" + issuer.getSlug() + "/api-keys";
        String first = page(get(path), owner);
        assertThat(count(first, "id=\"key-")).isEqualTo(50);
        assertThat(first).contains("Page 1 of 2");
        assertThat(count(page(get(path).param("page", "1"), owner), "id=\"key-")).isEqualTo(1);
    }

    @Test
    void personalTokensArePagedFiftyAPage() throws Exception {
        Account account = data.account("tokens");
        for (int i = 0; i < 51; i++) {
            data.personalToken(account);
        }
        String first = page(get("/me/settings"), account);
        assertThat(count(first, "id=\"token-")).isEqualTo(50);
        assertThat(first).contains("Page 1 of 2").contains("/me/settings?page=1");
        assertThat(count(page(get("/me/settings").param("page", "1"), account), "id=\"token-")).isEqualTo(1);
    }

    @Test
    void collectionsArePagedFiftyAPage() throws Exception {
        Account earner = data.account("collector");
        for (int i = 0; i < 51; i++) {
            collection(earner, String.format("Shelf %02d", i), List.of());
        }
        String first = page(get("/me/collections"), earner);
        assertThat(count(first, "collection-link")).isEqualTo(50);
        assertThat(first).contains("Shelf 00").doesNotContain("Shelf 50").contains("Page 1 of 2");
        String second = page(get("/me/collections").param("page", "1"), earner);
        assertThat(count(second, "collection-link")).isEqualTo(1);
        assertThat(second).contains("Shelf 50");
    }

    @Test
    void profileBadgesArePagedTwentyFourAPage() throws Exception {
        Account earner = data.account("earner");
        Issuer issuer = data.issuer(data.account("owner"), AcceptancePolicy.AUTOMATIC);
        for (int i = 0; i < 25; i++) {
            awards.issue(AwardRequest.of(data.badge(issuer, "Profile skill " + i), earner.getEmail()));
        }
        String path = "/u/" + earner.getHandle();
        String first = page(get(path), null);
        assertThat(count(first, "class=\"col profile-badge\"")).isEqualTo(24);
        assertThat(first).contains("Page 1 of 2").contains("Profile skill 24").doesNotContain("Profile skill 0<");
        String second = page(get(path).param("page", "1"), null);
        assertThat(count(second, "class=\"col profile-badge\"")).isEqualTo(1);
        assertThat(second).contains("Profile skill 0<");
    }

    @Test
    void aCollectionHoldsAtMostOneHundredAwards() throws Exception {
        Account earner = data.account("earner");
        Issuer issuer = data.issuer(data.account("owner"), AcceptancePolicy.AUTOMATIC);
        Badge badge = data.badge(issuer, "Often earned");
        List<String> publicIds = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            publicIds.add(awards.issue(AwardRequest.of(badge, earner.getEmail())).publicId());
        }
        long id = collection(earner, "Everything", publicIds.subList(0, 100));
        String edit = page(get("/me/collections/Everything"), earner);
        assertThat(edit).contains("This collection is full: a collection holds at most 100 awards.")
            .doesNotContain("name=\"award\"");

        String refused = page(post("/me/collections/Everything/awards").param("award", publicIds.get(100))
            .with(csrf()), earner);
        assertThat(refused).contains("A collection holds at most 100 awards. Remove one to add another.");
        assertThat(jdbc.queryForObject("select count(*) from badge_collection_item where collection_id = ?",
                Long.class, id)).isEqualTo(100);
    }

    @Test
    void anAccountHasAtMostOneHundredCollections() throws Exception {
        Account earner = data.account("collector");
        for (int i = 0; i < 100; i++) {
            collection(earner, "Shelf " + i, List.of());
        }
        String refused = page(post("/me/collections").param("name", "One more").param("publiclyVisible", "true")
            .with(csrf()), earner);
        assertThat(refused).contains("You have 100 collections, the most there can be. Delete one to create another.");

        var api = mvc.perform(post("/api/v1/collections").header("Authorization", "Bearer " + data.personalToken(earner))
            .contentType("application/json").content("{\"name\":\"Yet another\"}")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(409);
        assertThat(api.getContentAsString()).contains("the most there can be");
        assertThat(jdbc.queryForObject("select count(*) from badge_collection where account_id = ?", Long.class,
                earner.getId())).isEqualTo(100);
    }

    private long collection(Account owner, String name, List<String> awardPublicIds) {
        return data.publicCollection(owner, name, null, awardPublicIds);
    }

    private String page(MockHttpServletRequestBuilder request, Account account) throws Exception {
        if (account != null) {
            request.with(user(data.principal(account)));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String marker) {
        Matcher matcher = Pattern.compile(Pattern.quote(marker)).matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
