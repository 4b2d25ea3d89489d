package org.badgeportal.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.badges.store.ProgramRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class ProgramTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ProgramRepository programs;

    Issuer issuer;
    SignedInAccount owner;
    String path;

    @BeforeEach
    void setUp() {
        Account account = data.account("planner");
        issuer = data.issuer(account, AcceptancePolicy.REQUIRED);
        owner = data.principal(account);
        path = "/manage/" + issuer.getSlug() + "/programs";
    }

    @Test
    void createsAProgramThatTheListAndTheBadgeEditorOffer() throws Exception {
        mvc.perform(post(path).param("slug", "summer-camp").param("name", "Summer camp")
                        .param("description", "Two weeks outdoors").with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl(path));
        assertThat(programs.findByIssuerAndSlug(issuer, "summer-camp")).isPresent();

        mvc.perform(get(path).with(user(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Summer camp")))
                .andExpect(content().string(containsString("Two weeks outdoors")));
        mvc.perform(get("/manage/" + issuer.getSlug() + "/badges/new").with(user(owner)))
                .andExpect(content().string(containsString("<option value=\"summer-camp\">Summer camp</option>")));
        mvc.perform(get("/manage/" + issuer.getSlug() + "/badges").with(user(owner)))
                .andExpect(content().string(containsString("<option value=\"summer-camp\">Summer camp</option>")));
    }

    @Test
    void refusesBadSlugsMissingNamesAndDuplicates() throws Exception {
        mvc.perform(post(path).param("slug", "Summer Camp").param("name", "").with(user(owner)).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(model().attributeHasFieldErrors("programForm", "slug", "name"))
                .andExpect(content().string(containsString("Use lowercase letters, digits and single dashes only.")))
                .andExpect(content().string(containsString("Enter a name.")));
        assertThat(programs.findByIssuerOrderByName(issuer)).isEmpty();

        mvc.perform(post(path).param("slug", "club").param("name", "Club").with(user(owner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(path).param("slug", "club").param("name", "Other club").with(user(owner)).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("You already have a program with this slug.")));
        assertThat(programs.findByIssuerOrderByName(issuer)).hasSize(1);
    }

    @Test
    void strangersCannotSeeOrCreatePrograms() throws Exception {
        SignedInAccount stranger = data.principal(data.account("stranger"));
        mvc.perform(get(path).with(user(stranger))).andExpect(status().isForbidden());
        mvc.perform(post(path).param("slug", "x").param("name", "X").with(user(stranger)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(programs.findByIssuerOrderByName(issuer)).isEmpty();
    }
}
