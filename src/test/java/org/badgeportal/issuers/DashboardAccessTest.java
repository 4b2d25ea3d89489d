package org.badgeportal.issuers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.util.List;
import org.badgeportal.accounts.Account;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.issuers.store.MembershipRepository;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Who may enter which dashboard page: the security rules seen from outside, for every dashboard URL. */
@PortalTest
class DashboardAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    IssuerRepository issuers;
    @Autowired
    MembershipRepository memberships;

    Account ownerA;
    Account ownerB;
    Account staffB;
    Issuer issuerA;
    Issuer issuerB;
    Long ownerBMembershipId;

    @BeforeEach
    void createTwoIssuers() {
        ownerA = data.account("owner-a");
        ownerB = data.account("owner-b");
        staffB = data.account("staff-b");
        issuerA = data.issuer(ownerA, AcceptancePolicy.REQUIRED);
        issuerB = data.issuer(ownerB, AcceptancePolicy.AUTOMATIC);
        data.addMember(issuerB, staffB, MembershipRole.STAFF);
        data.badge(issuerB, "Secret badge of B");
        ownerBMembershipId = memberships.findByIssuerAndAccountId(issuerB, ownerB.getId()).orElseThrow().getId();
    }

    /** Every page of issuer {@code slug}'s dashboard. */
    static List<String> dashboardGets(String slug) {
        String base = "/manage/" + slug;
        return List.of(base, base + "/settings", base + "/members", base + "/badges", base + "/badges/new",
                base + "/badges/x/edit", base + "/programs");
    }

    /** Every form of issuer {@code slug}'s dashboard. */
    static List<String> dashboardPosts(String slug, Long membershipId) {
        String base = "/manage/" + slug;
        return List.of(base + "/settings", base + "/members", base + "/members/" + membershipId + "/role",
                base + "/members/" + membershipId + "/remove", base + "/badges/new", base + "/badges/x/edit");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageFromEveryDashboardUrl() throws Exception {
        for (String url : concat(List.of("/manage", "/manage/new"), dashboardGets(issuerB.getSlug()))) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
        for (String url : concat(List.of("/manage/new"), dashboardPosts(issuerB.getSlug(), ownerBMembershipId))) {
            mvc.perform(post(url).with(csrf()).param("name", "Taken over").param("email", "x@example.org")
                            .param("role", "OWNER").param("slug", TestData.unique("anon")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
        assertIssuerBUnchanged();
    }

    @Test
    void aMemberOfAnotherIssuerIsForbiddenEverywhereAndSeesNothing() throws Exception {
        for (String url : dashboardGets(issuerB.getSlug())) {
            MvcResult result = mvc.perform(get(url).with(user(data.principal(ownerA))))
                    .andExpect(status().isForbidden()).andReturn();
            assertThat(result.getResponse().getContentAsString())
                    .doesNotContain(issuerB.getName(), "Secret badge of B", ownerB.getEmail());
        }
        for (String url : dashboardPosts(issuerB.getSlug(), ownerBMembershipId)) {
            MvcResult result = mvc.perform(post(url).with(csrf()).with(user(data.principal(ownerA)))
                            .param("name", "Taken over").param("acceptancePolicy", "REQUIRED")
                            .param("email", ownerA.getEmail()).param("role", "STAFF"))
                    .andExpect(status().isForbidden()).andReturn();
            assertThat(result.getResponse().getContentAsString()).doesNotContain(issuerB.getName());
        }
        assertIssuerBUnchanged();
        // The same account still works in its own issuer.
        mvc.perform(get("/manage/" + issuerA.getSlug()).with(user(data.principal(ownerA))))
                .andExpect(status().isOk());
    }

    @Test
    void anUnknownIssuerIsForbiddenRatherThanRevealingWhetherItExists() throws Exception {
        mvc.perform(get("/manage/no-such-issuer-" + issuerA.getId()).with(user(data.principal(ownerA))))
                .andExpect(status().isForbidden());
    }

    @Test
    void staffSeeTheOverviewButNeitherTheOwnersSectionsNorTheirTabs() throws Exception {
        String base = "/manage/" + issuerB.getSlug();
        mvc.perform(get(base).with(user(data.principal(staffB))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(issuerB.getName())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(base + "/badges")));
        String staffPage = mvc.perform(get(base + "/badges").with(user(data.principal(staffB))))
                .andReturn().getResponse().getContentAsString();
        String ownerPage = mvc.perform(get(base + "/badges").with(user(data.principal(ownerB))))
                .andReturn().getResponse().getContentAsString();
        for (String section : List.of("/members", "/settings", "/api-keys", "/export")) {
            assertThat(staffPage).as("staff's tabs").doesNotContain("href=\"" + base + section + "\"");
            assertThat(ownerPage).as("owner's tabs").contains("href=\"" + base + section + "\"");
        }
        for (String url : List.of(base + "/members", base + "/settings")) {
            mvc.perform(get(url).with(user(data.principal(staffB)))).andExpect(status().isForbidden());
        }
        for (String url : List.of(base + "/members", base + "/settings",
                base + "/members/" + ownerBMembershipId + "/role", base + "/members/" + ownerBMembershipId + "/remove")) {
            mvc.perform(post(url).with(csrf()).with(user(data.principal(staffB)))
                            .param("name", "Taken over").param("acceptancePolicy", "REQUIRED")
                            .param("email", staffB.getEmail()).param("role", "STAFF"))
                    .andExpect(status().isForbidden());
        }
        assertIssuerBUnchanged();
    }

    @Test
    void onlySiteAdministratorsSeeTheIssuerAdministration() throws Exception {
        mvc.perform(get("/admin/issuers").with(user(data.principal(ownerA)))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/issuers/" + issuerA.getSlug() + "/verify").with(csrf())
                .with(user(data.principal(ownerA)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/issuers")).andExpect(redirectedUrl("/login"));
        assertThat(issuers.findBySlug(issuerA.getSlug()).orElseThrow().isVerified()).isFalse();
    }

    private void assertIssuerBUnchanged() {
        Issuer reloaded = issuers.findBySlug(issuerB.getSlug()).orElseThrow();
        assertThat(reloaded.getName()).isEqualTo(issuerB.getName());
        assertThat(reloaded.getAcceptancePolicy()).isEqualTo(AcceptancePolicy.AUTOMATIC);
        assertThat(memberships.countByIssuer(reloaded)).isEqualTo(2);
        assertThat(memberships.findById(ownerBMembershipId).orElseThrow().getRole()).isEqualTo(MembershipRole.OWNER);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
