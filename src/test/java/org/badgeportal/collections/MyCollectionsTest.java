package org.badgeportal.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriUtils;

/** The owner's side of collections: /me/collections and /me/collections/{name}. */
@PortalTest
class MyCollectionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ShowcaseFixtures fixtures;

    Account earner;
    Account owner;
    Badge reading;
    Badge writing;
    Badge drawing;

    @BeforeEach
    void setUp() {
        earner = data.account("earner");
        owner = data.account("owner");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        reading = data.badge(issuer, "Reading");
        writing = data.badge(issuer, "Writing");
        drawing = data.badge(issuer, "Drawing");
    }

    @Test
    void createsRenamesDescribesAndDeletesACollection() throws Exception {
        mvc.perform(get("/me/collections").with(as(earner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You have no collections yet.")))
                .andExpect(content().string(containsString("href=\"/me/collections\" aria-current=\"page\"")));

        create(earner, "Summer reading", "Books I read", true)
                .andExpect(redirectedUrl("/me/collections/Summer%20reading"))
                .andExpect(flash().attribute("notice", "Collection \u201cSummer reading\u201d created. Now add awards to it."));
        assertThat(fixtures.collectionsNamed(earner, "Summer reading")).isOne();

        mvc.perform(get("/me/collections").with(as(earner)))
                .andExpect(content().string(containsString("href=\"/me/collections/Summer%20reading\"")))
                .andExpect(content().string(containsString("Books I read")))
                .andExpect(content().string(containsString("Public")));

        mvc.perform(post("/me/collections/{name}", "Summer reading").with(csrf()).with(as(earner))
                        .param("name", "Winter reading").param("description", "Cosy books")
                        .param("_publiclyVisible", "on"))
                .andExpect(redirectedUrl("/me/collections/Winter%20reading"))
                .andExpect(flash().attribute("notice", "Collection \u201cWinter reading\u201d saved."));
        assertThat(fixtures.collectionsNamed(earner, "Summer reading")).isZero();
        mvc.perform(get("/me/collections/{name}", "Winter reading").with(as(earner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cosy books")))
                .andExpect(content().string(containsString("This collection is private: only you can see it.")));

        mvc.perform(get("/me/collections/{name}/delete", "Winter reading").with(as(earner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Delete the collection \u201cWinter reading\u201d?")));
        assertThat(fixtures.collectionsNamed(earner, "Winter reading")).isOne();
        mvc.perform(post("/me/collections/{name}/delete", "Winter reading").with(csrf()).with(as(earner)))
                .andExpect(redirectedUrl("/me/collections"))
                .andExpect(flash().attribute("notice", "Collection \u201cWinter reading\u201d deleted."));
        assertThat(fixtures.collectionsNamed(earner, "Winter reading")).isZero();
        mvc.perform(get("/me/collections/{name}", "Winter reading").with(as(earner)))
                .andExpect(status().isNotFound());
    }

    @Test
    void namesAreUniquePerAccountAndCaseSensitiveAsInTheDatabase() throws Exception {
        create(earner, "Books", null, false).andExpect(status().is3xxRedirection());
        create(earner, "Books", "again", true)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("collectionForm", "name", "collections.name.taken"))
                .andExpect(content().string(containsString("You already have a collection with this name.")));
        assertThat(fixtures.collectionsNamed(earner, "Books")).isOne();

        create(earner, "books", null, false).andExpect(redirectedUrl("/me/collections/books"));
        create(owner, "Books", null, false).andExpect(redirectedUrl("/me/collections/Books"));

        // Renaming onto another collection's name is refused too, and nothing of the edit is kept.
        mvc.perform(post("/me/collections/{name}", "books").with(csrf()).with(as(earner))
                        .param("name", "Books").param("description", "changed").param("publiclyVisible", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("collectionForm", "name", "collections.name.taken"));
        assertThat(fixtures.collectionsNamed(earner, "books")).isOne();
        mvc.perform(get("/me/collections/{name}", "books").with(as(earner)))
                .andExpect(content().string(not(containsString("changed"))));
    }

    @Test
    void concurrentCreatesOfOneNameEndWithOneCollectionAndAFieldError() throws Exception {
        String name = TestData.unique("race");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    return create(earner, name, null, false).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(302, 200);
            assertThat(statuses).filteredOn(s -> s == 302).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.collectionsNamed(earner, name)).isOne();
    }

    @Test
    void invalidDetailsAreShownNextToTheirFields() throws Exception {
        create(earner, "  ", "d".repeat(2001), false)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("collectionForm", "name", "description"))
                .andExpect(content().string(containsString("Give the collection a name.")))
                .andExpect(content().string(containsString("at most 2000 characters")));
        create(earner, "n".repeat(101), null, false)
                .andExpect(content().string(containsString("A name has at most 100 characters.")));
        create(earner, "a/b", null, false)
                .andExpect(content().string(containsString("cannot contain a slash")));
        create(earner, "..", null, false)
                .andExpect(content().string(containsString("A name cannot be only dots.")));
        create(earner, "n".repeat(100), null, false).andExpect(status().is3xxRedirection());
        assertThat(fixtures.collectionsNamed(earner, "a/b")).isZero();
    }

    @Test
    void unicodeNamesAreEncodedInLinksAndHtmlIsEscaped() throws Exception {
        String name = "Caf\u00e9 <b>& \"\u00fcn\u00ef\" ?#+ \u2603";
        create(earner, name, "<script>alert(1)</script>", false)
                .andExpect(redirectedUrl("/me/collections/" + encode(name)));
        String accepted = fixtures.accepted(reading, earner);

        mvc.perform(get("/me/collections").with(as(earner)))
                .andExpect(content().string(containsString("href=\"/me/collections/" + attribute(encode(name)) + "\"")))
                .andExpect(content().string(containsString("Caf\u00e9 &lt;b&gt;&amp; &quot;\u00fcn\u00ef&quot; ?#+ \u2603")))
                .andExpect(content().string(not(containsString("<b>&"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));

        mvc.perform(post("/me/collections/{name}/awards", name).with(csrf()).with(as(earner)).param("award", accepted))
                .andExpect(redirectedUrl("/me/collections/" + encode(name)));
        assertThat(fixtures.itemsOf(earner, name)).containsExactly(accepted);
        mvc.perform(get("/me/collections/{name}", name).with(as(earner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "action=\"/me/collections/" + attribute(encode(name)) + "/awards/" + accepted + "/up\"")))
                .andExpect(content().string(not(containsString("<b>&"))));
    }

    @Test
    void addsRemovesAndReordersAwardsWithPlainForms() throws Exception {
        create(earner, "Favourites", null, true);
        String first = fixtures.accepted(reading, earner);
        String second = fixtures.accepted(writing, earner);
        String third = fixtures.accepted(drawing, earner);

        mvc.perform(get("/me/collections/{name}", "Favourites").with(as(earner)))
                .andExpect(content().string(containsString("value=\"" + first + "\"")))
                .andExpect(content().string(containsString("This collection has no awards yet.")));
        for (String award : List.of(first, second, third)) {
            mvc.perform(post("/me/collections/{name}/awards", "Favourites").with(csrf()).with(as(earner))
                            .param("award", award))
                    .andExpect(redirectedUrl("/me/collections/Favourites"))
                    .andExpect(flash().attribute("notice", "Award added to \u201cFavourites\u201d."));
        }
        assertThat(fixtures.itemsOf(earner, "Favourites")).containsExactly(first, second, third);
        mvc.perform(get("/me/collections/{name}", "Favourites").with(as(earner)))
                .andExpect(content().string(not(containsString("value=\"" + first + "\""))))
                .andExpect(content().string(containsString("All your accepted awards are in this collection.")));

        mvc.perform(post("/me/collections/{name}/awards", "Favourites").with(csrf()).with(as(earner))
                        .param("award", first))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This award is already in the collection.")));

        move(earner, "Favourites", third, "up").andExpect(redirectedUrl("/me/collections/Favourites"));
        assertThat(fixtures.itemsOf(earner, "Favourites")).containsExactly(first, third, second);
        move(earner, "Favourites", first, "down");
        assertThat(fixtures.itemsOf(earner, "Favourites")).containsExactly(third, first, second);
        move(earner, "Favourites", third, "up"); // already first: nothing changes
        assertThat(fixtures.itemsOf(earner, "Favourites")).containsExactly(third, first, second);

        mvc.perform(post("/me/collections/{name}/awards/{award}/remove", "Favourites", first).with(csrf())
                        .with(as(earner)))
                .andExpect(redirectedUrl("/me/collections/Favourites"));
        assertThat(fixtures.itemsOf(earner, "Favourites")).containsExactly(third, second);
        mvc.perform(get("/me/collections/{name}", "Favourites").with(as(earner)))
                .andExpect(content().string(containsString("value=\"" + first + "\"")));
    }

    @Test
    void htmxReorderAnswersTheListFragmentInTheNewOrder() throws Exception {
        create(earner, "Ordered", null, false);
        String first = fixtures.accepted(reading, earner);
        String second = fixtures.accepted(writing, earner);
        add(earner, "Ordered", first);
        add(earner, "Ordered", second);

        String page = mvc.perform(get("/me/collections/{name}", "Ordered").with(as(earner)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<div id=\"collection-items\">")
                .contains("hx-post=\"/me/collections/Ordered/awards/" + second + "/up\"")
                .contains("hx-target=\"#collection-items\"");

        String fragment = mvc.perform(post("/me/collections/{name}/awards/{award}/up", "Ordered", second)
                        .with(csrf()).with(as(earner)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).startsWith("<div id=\"collection-items\">").doesNotContain("<html")
                .contains("Order of \u201cOrdered\u201d saved.");
        assertThat(fragment.indexOf("data-award=\"" + second + "\""))
                .isLessThan(fragment.indexOf("data-award=\"" + first + "\""));
        assertThat(fixtures.itemsOf(earner, "Ordered")).containsExactly(second, first);

        // An htmx add that is refused answers the same fragment with the reason and changes nothing.
        String refused = mvc.perform(post("/me/collections/{name}/awards", "Ordered").with(csrf()).with(as(earner))
                        .header("HX-Request", "true").param("award", fixtures.pending(drawing, earner)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).startsWith("<div id=\"collection-items\">")
                .contains("Only awards you received and accepted can be added to a collection.");
        assertThat(fixtures.itemsOf(earner, "Ordered")).containsExactly(second, first);
    }

    @Test
    void onlyTheAccountsOwnAcceptedAwardsCanBeAdded() throws Exception {
        create(earner, "Mine", null, false);
        Account stranger = data.account("stranger");
        String strangers = fixtures.accepted(reading, stranger);
        String pending = fixtures.pending(writing, earner);
        String declined = fixtures.accepted(drawing, earner);
        fixtures.decline(declined, earner);
        String revoked = fixtures.accepted(reading, earner);
        fixtures.revoke(revoked, owner);

        for (String award : List.of(strangers, pending, declined, revoked, "no-such-award")) {
            mvc.perform(post("/me/collections/{name}/awards", "Mine").with(csrf()).with(as(earner))
                            .param("award", award))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(
                            "Only awards you received and accepted can be added to a collection.")));
        }
        assertThat(fixtures.itemsOf(earner, "Mine")).isEmpty();
        mvc.perform(get("/me/collections/{name}", "Mine").with(as(earner)))
                .andExpect(content().string(not(containsString(strangers))))
                .andExpect(content().string(not(containsString(pending))));
    }

    @Test
    void anotherAccountsCollectionsCannotBeSeenOrChanged() throws Exception {
        create(earner, "Private stuff", null, false);
        String award = fixtures.accepted(reading, earner);
        add(earner, "Private stuff", award);
        Account stranger = data.account("stranger");

        mvc.perform(get("/me/collections/{name}", "Private stuff").with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/me/collections/{name}/delete", "Private stuff").with(csrf()).with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/me/collections/{name}/awards/{award}/remove", "Private stuff", award).with(csrf())
                        .with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/me/collections").with(as(stranger)))
                .andExpect(content().string(not(containsString("Private stuff"))));
        assertThat(fixtures.itemsOf(earner, "Private stuff")).containsExactly(award);

        mvc.perform(get("/me/collections")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void awardsThatAreNoLongerPublicStayInTheEditorWithAReason() throws Exception {
        create(earner, "History", null, true);
        String declined = fixtures.accepted(reading, earner);
        String expired = fixtures.expired(writing, earner);
        add(earner, "History", declined);
        add(earner, "History", expired);
        fixtures.decline(declined, earner);

        mvc.perform(get("/me/collections/{name}", "History").with(as(earner)))
                .andExpect(content().string(containsString("Declined: not shown publicly")))
                .andExpect(content().string(containsString("Expired: not shown publicly")));
    }

    private org.springframework.test.web.servlet.ResultActions create(Account account, String name,
                                                                       String description, boolean visible)
            throws Exception {
        MockHttpServletRequestBuilder request = post("/me/collections").with(csrf()).with(as(account))
                .param("name", name).param("_publiclyVisible", "on");
        if (description != null) {
            request.param("description", description);
        }
        if (visible) {
            request.param("publiclyVisible", "true");
        }
        return mvc.perform(request);
    }

    private void add(Account account, String name, String award) throws Exception {
        mvc.perform(post("/me/collections/{name}/awards", name).with(csrf()).with(as(account)).param("award", award))
                .andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.ResultActions move(Account account, String name, String award,
                                                                     String direction) throws Exception {
        return mvc.perform(post("/me/collections/{name}/awards/{award}/" + direction, name, award).with(csrf())
                .with(as(account)));
    }

    private RequestPostProcessor as(Account account) {
        return user(data.principal(account));
    }

    /** How a URL appears inside an HTML attribute: the {@code &} that path segments may keep is escaped. */
    private static String attribute(String url) {
        return url.replace("&", "&amp;");
    }

    private static String encode(String name) {
        return UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
    }
}
