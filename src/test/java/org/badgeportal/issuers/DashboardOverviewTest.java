package org.badgeportal.issuers;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class DashboardOverviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    BadgeRepository badges;

    @Test
    void countsBadgesArchivedBadgesAndMembersAndLinksToTheSections() throws Exception {
        Account owner = data.account("owner");
        Account staff = data.account("staff");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        data.addMember(issuer, staff, MembershipRole.STAFF);
        data.badge(issuer, "Listening");
        data.badge(issuer, "Speaking");
        Badge old = data.badge(issuer, "Old");
        old.setArchived(true);
        badges.save(old);
        data.badge(data.issuer(owner, AcceptancePolicy.REQUIRED), "Elsewhere");
        String base = "/manage/" + issuer.getSlug();

        mvc.perform(get(base).with(user(data.principal(owner))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"display-6 mb-0\" id=\"badge-count\">3</p>")))
                .andExpect(content().string(containsString("1 archived")))
                .andExpect(content().string(containsString("<p class=\"display-6 mb-0\" id=\"member-count\">2</p>")))
                .andExpect(content().string(containsString("Awards are accepted automatically")))
                .andExpect(content().string(containsString("href=\"" + base + "/badges/new\"")))
                .andExpect(content().string(containsString("href=\"" + base + "/members\"")))
                .andExpect(content().string(containsString("Your role: Owner")));

        mvc.perform(get(base).with(user(data.principal(staff))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your role: Staff")))
                .andExpect(content().string(containsString("managed by the issuer&#39;s owners")))
                .andExpect(content().string(not(containsString("btn btn-outline-secondary\" href=\"" + base + "/settings\""))));
    }
}
