package org.badgeportal.awards.manage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardFixtures;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.MembershipRole;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class AwardFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;
    @Autowired
    AwardService service;
    @Autowired
    Clock clock;

    Issuer issuer;
    SignedInAccount staff;

    @BeforeEach
    void setUp() {
        Account owner = data.account("owner");
        issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        Account member = data.account("staff");
        data.addMember(issuer, member, MembershipRole.STAFF);
        staff = data.principal(member);
    }

    private String path(Badge badge) {
        return "/manage/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/award";
    }

    private ResultActions submit(Badge badge, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path(badge)).with(user(staff)).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void theFormIsPrefilledWithTodayAndTheBadgesValidity() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> b.setValidityDays(30));

        mvc.perform(get(path(badge)).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Award the badge " + badge.getName()),
                        containsString("value=\"" + today() + "\""),
                        containsString("value=\"" + today().plusDays(30) + "\""),
                        containsString("name=\"payload\""))));
    }

    @Test
    void aStaffMemberAwardsABadgeAndLandsOnTheAwardList() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        String email = TestData.unique("learner") + "@example.org";
        LocalDate expiry = today().plusDays(100);

        submit(badge, "recipient", "  " + email.toUpperCase() + " ", "narrative", "Built the robot",
                "evidence", "https://example.org/robot\n\nhttps://example.org/video\n",
                "validFrom", today().toString(), "expiresAt", expiry.toString(), "payload", "{\"score\": 97}")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/manage/" + issuer.getSlug() + "/awards?badge=" + badge.getSlug()))
                .andExpect(flash().attribute("notice", "Awarded " + badge.getName() + " to " + email.toUpperCase() + "."));

        assertThat(fixtures.awardsOf(badge)).isEqualTo(1);
        Award award = fixtures.award(onlyAward(badge));
        assertThat(award.getRecipient().getIdentifier()).isEqualTo(email);
        assertThat(award.getNarrative()).isEqualTo("Built the robot");
        assertThat(award.getEvidence()).containsExactly("https://example.org/robot", "https://example.org/video");
        assertThat(award.getPayload()).isEqualTo("{\"score\": 97}");
        assertThat(award.getStatus()).isEqualTo(AwardStatus.PENDING);
        assertThat(award.getExpiresAt()).isEqualTo(expiry.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(award.getValidFrom()).isBeforeOrEqualTo(clock.instant());
    }

    @Test
    void aLaterStartDayIsKept() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        LocalDate start = today().plusDays(3);

        submit(badge, "recipient", "site-user-" + TestData.unique("u"), "validFrom", start.toString())
                .andExpect(status().is3xxRedirection());

        Award award = fixtures.award(onlyAward(badge));
        assertThat(award.getValidFrom()).isEqualTo(start.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void aDuplicateOfAUniqueBadgeIsShownAtTheRecipient() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> b.setUnique(true));
        service.issue(AwardRequest.of(badge, "twice@example.org"));

        refused(badge, "recipient", "This recipient already has this badge", "recipient", "twice@example.org");
        assertThat(fixtures.awardsOf(badge)).isEqualTo(1);
    }

    @Test
    void aBadgeAtItsLimitIsRefusedAboveTheForm() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> b.setLimit(1));
        service.issue(AwardRequest.of(badge, "first@example.org"));

        submit(badge, "recipient", "second@example.org")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("alert alert-danger"),
                        containsString("This badge has reached its limit of earners."))));
        assertThat(fixtures.awardsOf(badge)).isEqualTo(1);
    }

    @Test
    void anArchivedBadgeIsRefused() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> b.setArchived(true));

        submit(badge, "recipient", "someone@example.org")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("alert alert-danger"),
                        containsString("This badge is archived and cannot be awarded any more."))));
        assertThat(fixtures.awardsOf(badge)).isZero();
    }

    @Test
    void invalidInputIsShownNextToItsFieldAndNothingIsWritten() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });

        refused(badge, "recipient", "Enter an email address or a user name.", "recipient", " ");
        refused(badge, "recipient", "Enter an email address or a user name of 1 to 100", "recipient", "broken@");
        refused(badge, "recipient", "Enter an email address or a user name of 1 to 100", "recipient", "two words");
        refused(badge, "narrative", "The narrative can be at most 4000 characters long.", "recipient", "a@example.org",
                "narrative", "x".repeat(4001));
        refused(badge, "evidence", "Evidence must be at most 10 web addresses", "recipient", "a@example.org",
                "evidence", "javascript:alert(1)");
        refused(badge, "payload", "The payload must be valid JSON.", "recipient", "a@example.org", "payload", "{not json");
        refused(badge, "expiresAt", "The award must expire after it becomes valid.", "recipient", "a@example.org",
                "validFrom", today().plusDays(10).toString(), "expiresAt", today().plusDays(2).toString());
        refused(badge, "expiresAt", "Enter a date such as 2027-01-31.", "recipient", "a@example.org", "expiresAt", "31/01/2027");
        refused(badge, "validFrom", "Enter a date such as 2027-01-31.", "recipient", "a@example.org", "validFrom", "soon");

        assertThat(fixtures.awardsOf(badge)).isZero();
    }

    @Test
    void membersOfAnotherIssuerCannotAward() throws Exception {
        Badge badge = fixtures.badge(issuer, b -> { });
        Account stranger = data.account("stranger");
        data.issuer(stranger, AcceptancePolicy.REQUIRED);

        mvc.perform(post(path(badge)).with(user(data.principal(stranger))).with(csrf())
                        .param("recipient", "x@example.org"))
                .andExpect(status().isForbidden());
        assertThat(fixtures.awardsOf(badge)).isZero();
    }

    @Test
    void anUnknownBadgeIsNotFound() throws Exception {
        mvc.perform(get("/manage/" + issuer.getSlug() + "/badges/no-such-badge/award").with(user(staff)))
                .andExpect(status().isNotFound());
    }

    /** The form comes back with 422, the message inside the field's error block, and the field marked invalid. */
    private void refused(Badge badge, String field, String message, String... fields) throws Exception {
        submit(badge, fields)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"" + field + "-errors\">" + message)));
    }

    private String onlyAward(Badge badge) {
        return fixtures.publicIdsOf(badge).get(0);
    }
}
