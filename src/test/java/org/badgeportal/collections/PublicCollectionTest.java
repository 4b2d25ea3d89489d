package org.badgeportal.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** /u/{handle}/collections/{name}: public collections of public profiles, with only the public awards. */
@PortalTest
class PublicCollectionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ShowcaseFixtures fixtures;
    @Autowired
    IssuerService issuers;

    Account earner;
    Account owner;
    Issuer issuer;
    Badge reading;
    Badge writing;
    Badge drawing;

    @BeforeEach
    void setUp() {
        earner = data.account("earner");
        owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        issuers.setVerified(issuer.getSlug(), true);
        reading = data.badge(issuer, "Reading <i>aloud</i>");
        writing = data.badge(issuer, "Writing");
        drawing = data.badge(issuer, "Drawing");
    }

    @Test
    void showsOnlyThePublicAwardsInTheOwnersOrder() throws Exception {
        create("Best of", "My <b>best</b> badges", true);
        String writingAward = fixtures.accepted(writing, earner);
        String readingAward = fixtures.accepted(reading, earner);
        String expired = fixtures.expired(drawing, earner);
        String declined = fixtures.accepted(drawing, earner);
        String revoked = fixtures.accepted(drawing, earner);
        for (String award : new String[] {writingAward, expired, declined, readingAward, revoked}) {
            add("Best of", award);
        }
        fixtures.decline(declined, earner);
        fixtures.revoke(revoked, owner);

        String page = mvc.perform(get("/u/{handle}/collections/{name}", earner.getHandle(), "Best of"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h1 class=\"text-break collection-name\">Best of</h1>")
                .contains("My &lt;b&gt;best&lt;/b&gt; badges")
                .contains("href=\"/awards/" + writingAward + "\"")
                .contains("href=\"/awards/" + readingAward + "\"")
                .contains("Reading &lt;i&gt;aloud&lt;/i&gt;")
                .contains("https://example.org/" + reading.getSlug() + ".png")
                .contains(issuer.getName())
                .contains("aria-label=\"Verified issuer\"")
                .contains("href=\"/u/" + earner.getHandle() + "\"")
                .doesNotContain(expired).doesNotContain(declined).doesNotContain(revoked)
                .doesNotContain("Drawing");
        assertThat(page.indexOf(writingAward)).isLessThan(page.indexOf(readingAward));
    }

    @Test
    void aPrivateCollectionIsNotFoundForStrangersAndAnonymous() throws Exception {
        create("Secret", null, false);
        add("Secret", fixtures.accepted(reading, earner));
        Account stranger = data.account("stranger");

        mvc.perform(get("/u/{handle}/collections/{name}", earner.getHandle(), "Secret"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/u/{handle}/collections/{name}", earner.getHandle(), "Secret")
                        .with(user(data.principal(stranger))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/u/{handle}/collections/{name}", earner.getHandle(), "No such"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/u/{handle}/collections/{name}", "nobody-" + earner.getId(), "Secret"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPublicCollectionOfAPrivateProfileIsNotFound() throws Exception {
        create("Open", null, true);
        mvc.perform(get("/u/{handle}/collections/{name}", earner.getHandle(), "Open"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This collection has no public awards at the moment.")));

        fixtures.setProfilePublic(earner, false);
        mvc.perform(get("/u/{handle}/collections/{name}", earner.getHandle(), "Open"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/u/{handle}/collections/{name}", earner.getHandle(), "Open")
                        .with(user(data.principal(data.account("stranger")))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/me/collections/{name}", "Open").with(user(data.principal(earner))))
                .andExpect(content().string(containsString("your profile is private, so only you can see it")));
    }

    @Test
    void theEditorLinksToThePublicPageWithTheNameEncoded() throws Exception {
        create("Caf\u00e9 & co", null, true);
        mvc.perform(get("/me/collections/{name}", "Caf\u00e9 & co").with(user(data.principal(earner))))
                .andExpect(content().string(containsString(
                        "href=\"/u/" + earner.getHandle() + "/collections/Caf%C3%A9%20&amp;%20co\"")));
        mvc.perform(get(java.net.URI.create("/u/" + earner.getHandle() + "/collections/Caf%C3%A9%20&%20co")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Caf\u00e9 &amp; co")));
    }

    private void create(String name, String description, boolean visible) throws Exception {
        var request = post("/me/collections").with(csrf()).with(user(data.principal(earner))).param("name", name);
        if (description != null) {
            request.param("description", description);
        }
        if (visible) {
            request.param("publiclyVisible", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private void add(String name, String award) throws Exception {
        mvc.perform(post("/me/collections/{name}/awards", name).with(csrf()).with(user(data.principal(earner)))
                        .param("award", award))
                .andExpect(status().is3xxRedirection());
    }
}
