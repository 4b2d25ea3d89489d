package org.badgeportal.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.Clock;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.Recipient;
import org.badgeportal.awards.lifecycle.AwardRepository;
import org.badgeportal.awards.recipients.RecipientRepository;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class BadgeLifecycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    BadgeRepository badges;
    @Autowired
    RecipientRepository recipients;
    @Autowired
    AwardRepository awards;
    @Autowired
    Clock clock;

    Issuer issuer;
    SignedInAccount owner;

    @BeforeEach
    void setUp() {
        Account account = data.account("keeper");
        issuer = data.issuer(account, AcceptancePolicy.REQUIRED);
        owner = data.principal(account);
    }

    private String path(Badge badge, String action) {
        return "/manage/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/" + action;
    }

    private Award award(Badge badge) {
        Recipient recipient = recipients.save(new Recipient(issuer, TestData.unique("r") + "@example.org", clock.instant()));
        return awards.save(new Award(badge, recipient, AwardStatus.ACCEPTED, clock.instant(), clock.instant(), null));
    }

    @Test
    void archivesAndUnarchivesFromTheEditPageAndTheList() throws Exception {
        Badge badge = data.badge(issuer, "Seasonal");
        mvc.perform(post(path(badge, "archive")).with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl(path(badge, "edit")))
                .andExpect(flash().attribute("notice", "Badge \"Seasonal\" archived."));
        assertThat(badges.findById(badge.getId()).orElseThrow().isArchived()).isTrue();

        mvc.perform(post(path(badge, "unarchive")).param("back", "list").with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl("/manage/" + issuer.getSlug() + "/badges?archived=any"))
                .andExpect(flash().attribute("notice", "Badge \"Seasonal\" is active again."));
        assertThat(badges.findById(badge.getId()).orElseThrow().isArchived()).isFalse();
    }

    @Test
    void deletesABadgeThatWasNeverAwarded() throws Exception {
        Badge badge = data.badge(issuer, "Mistake");
        mvc.perform(post(path(badge, "delete")).with(user(owner)).with(csrf()))
                .andExpect(redirectedUrl("/manage/" + issuer.getSlug() + "/badges"))
                .andExpect(flash().attribute("notice", "Badge \"Mistake\" deleted."));
        assertThat(badges.findById(badge.getId())).isEmpty();
    }

    @Test
    void refusesToDeleteABadgeWithAwardsAndOffersArchiving() throws Exception {
        Badge badge = data.badge(issuer, "Earned");
        award(badge);
        award(badge);
        mvc.perform(post(path(badge, "delete")).with(user(owner)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("cannot be deleted")))
                .andExpect(content().string(containsString("awarded 2 times")))
                .andExpect(content().string(containsString("action=\"" + path(badge, "archive") + "\"")));
        assertThat(badges.findById(badge.getId())).isPresent();
        assertThat(awards.countByBadge(badge)).isEqualTo(2);
    }

    @Test
    void onlyMembersMayArchiveOrDelete() throws Exception {
        Badge badge = data.badge(issuer, "Guarded");
        SignedInAccount stranger = data.principal(data.account("stranger"));
        mvc.perform(post(path(badge, "delete")).with(user(stranger)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(path(badge, "archive")).with(user(owner))).andExpect(status().isForbidden());
        assertThat(badges.findById(badge.getId()).orElseThrow().isArchived()).isFalse();
    }
}
