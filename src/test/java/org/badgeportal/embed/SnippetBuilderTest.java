package org.badgeportal.embed;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The snippet builders of the issuer dashboard and of the earner. */
@PortalTest
class SnippetBuilderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    EmbedFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    Account owner;
    Issuer site;

    @BeforeEach
    void setUp() {
        owner = data.account("owner");
        site = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        Badge donated = fixtures.badge(site, "donated", "Donated at least $5");
        fixtures.award(donated, "daniel");
        fixtures.award(donated, "bob");
        fixtures.setStatus(fixtures.award(donated, "hidden-user"), "DECLINED");
        fixtures.award(donated, "someone@example.org");
    }

    @Test
    void anyMemberChoosesASiteUserAndAThemeAndGetsPreviewAndSnippet() throws Exception {
        Account staff = data.account("staff");
        data.addMember(site, staff, MembershipRole.STAFF);
        String page = "/manage/" + site.getSlug() + "/embed";

        mvc.perform(get(page).with(user(data.principal(staff))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + site.getSlug() + "/bob\"")))
                .andExpect(content().string(containsString("value=\"" + site.getSlug() + "/daniel\"")))
                .andExpect(content().string(not(containsString("hidden-user"))))
                .andExpect(content().string(not(containsString("someone@example.org"))))
                .andExpect(content().string(containsString("data-user=&quot;bob&quot;")))
                .andExpect(content().string(containsString("/embed/" + site.getSlug() + "/bob?theme=stackoverflow")));

        mvc.perform(get(page).param("choice", site.getSlug() + "/daniel").param("theme", "dark")
                        .header("HX-Request", "true").with(user(data.principal(staff))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"preview\"")))
                .andExpect(content().string(not(containsString("<form"))))
                .andExpect(content().string(containsString("data-theme=&quot;dark&quot;")))
                .andExpect(content().string(containsString("/embed/" + site.getSlug() + "/daniel.svg?theme=dark")));

        Account stranger = data.account("stranger");
        mvc.perform(get(page).with(user(data.principal(stranger)))).andExpect(status().isForbidden());
    }

    @Test
    void bothBuildersAreReachableFromTheirTabBars() throws Exception {
        String builder = "/manage/" + site.getSlug() + "/embed";
        mvc.perform(get("/manage/" + site.getSlug()).with(user(data.principal(owner))))
                .andExpect(content().string(containsString("href=\"" + builder + "\"")));
        mvc.perform(get(builder).with(user(data.principal(owner))))
                .andExpect(content().string(containsString("href=\"" + builder + "\" aria-current=\"page\"")));
        mvc.perform(get("/me/settings").with(user(data.principal(owner))))
                .andExpect(content().string(containsString("href=\"/me/embed\"")));
        mvc.perform(get("/me/embed").with(user(data.principal(owner))))
                .andExpect(content().string(containsString("href=\"/me/embed\" aria-current=\"page\"")));
    }

    @Test
    void everySnippetHasACopyButton() throws Exception {
        mvc.perform(get("/manage/" + site.getSlug() + "/embed").with(user(data.principal(owner))))
                .andExpect(content().string(containsString("src=\"/js/copy.js\"")))
                .andExpect(content().string(containsString("data-copy-target=\"#snippet\"")))
                .andExpect(content().string(containsString("data-copy-target=\"#image-snippet\"")))
                .andExpect(content().string(containsString("data-copy-target=\"#frame-snippet\"")));
    }

    @Test
    void anEarnerGetsSnippetsForTheSiteUserNamesLinkedToTheirAccount() throws Exception {
        Account earner = data.account("earner");
        jdbc.update("update recipient set account_id = ? where issuer_id = ? and identifier = 'daniel'",
                earner.getId(), site.getId());

        mvc.perform(get("/me/embed").with(user(data.principal(earner))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + site.getSlug() + "/daniel\"")))
                .andExpect(content().string(not(containsString("/bob"))));

        Account other = data.account("other");
        mvc.perform(get("/me/embed").with(user(data.principal(other))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-choices\"")))
                .andExpect(content().string(not(containsString("daniel"))));
    }
}
