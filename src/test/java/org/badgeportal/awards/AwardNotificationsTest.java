package org.badgeportal.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import jakarta.mail.internet.MimeMessage;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class AwardNotificationsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardFixtures fixtures;
    @Autowired
    AwardService service;
    @Autowired
    JdbcTemplate jdbc;

    Account owner;

    @BeforeEach
    void setUp() {
        owner = data.account("notifier");
    }

    @Test
    void aNewcomerIsInvitedToSignUpAndTheAwardWaits() throws Exception {
        Issuer issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        Badge badge = fixtures.badge(issuer, b -> { });
        String email = TestData.unique("newcomer") + "@example.org";

        mvc.perform(post("/manage/" + issuer.getSlug() + "/badges/" + badge.getSlug() + "/award")
                        .param("recipient", email).param("narrative", "Helped everyone")
                        .with(user(data.principal(owner))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        MimeMessage mail = Mails.awaitSubject(email, badge.getName());
        assertThat(mail.getSubject()).isEqualTo("You received the badge \"" + badge.getName() + "\" from " + issuer.getName());
        assertThat(Mails.body(mail))
                .contains(issuer.getName() + " awarded you the badge \"" + badge.getName() + "\"")
                .contains("Why you received it:\nHelped everyone")
                .contains("Your award will be waiting for you")
                .contains("http://localhost:8080/signup?email=" + email.replace("@", "%40"));
    }

    @Test
    void someoneWithAnAccountIsAskedToAcceptOnTheirPage() {
        Issuer issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        Badge badge = fixtures.badge(issuer, b -> { });
        Account earner = data.account("earner");

        service.issue(AwardRequest.of(badge, earner.getEmail()));

        String body = Mails.body(Mails.awaitSubject(earner.getEmail(), badge.getName()));
        assertThat(body).contains("Sign in to accept or decline it:\n\nhttp://localhost:8080/me")
                .doesNotContain("Why you received it").doesNotContain("signup");
    }

    @Test
    void automaticAwardsLinkToTheAwardPage() {
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        Badge badge = fixtures.badge(issuer, b -> { });
        String email = TestData.unique("auto") + "@example.org";

        IssuedAward award = service.issue(AwardRequest.of(badge, email));

        assertThat(Mails.body(Mails.awaitSubject(email, badge.getName())))
                .contains("See your award here:\n\nhttp://localhost:8080/awards/" + award.publicId());
    }

    @Test
    void siteUsersGetNoMail() {
        Issuer issuer = data.issuer(owner, AcceptancePolicy.AUTOMATIC);
        Badge badge = fixtures.badge(issuer, b -> { });

        IssuedAward award = service.issue(AwardRequest.of(badge, "site-user-" + TestData.unique("s")));
        service.revoke(award.publicId(), "Test", owner.getId());

        assertThat(jdbc.queryForObject("select count(*) from outbound_mail where award_id = ?", Long.class,
                award.awardId())).isZero();
    }

    @Test
    void aRevocationMailCarriesTheReason() throws Exception {
        Issuer issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        Badge badge = fixtures.badge(issuer, b -> { });
        String email = TestData.unique("revoked") + "@example.org";
        IssuedAward award = service.issue(AwardRequest.of(badge, email));

        mvc.perform(post("/manage/" + issuer.getSlug() + "/awards/" + award.publicId() + "/revoke")
                        .param("reason", "The exam was retaken by someone else")
                        .with(user(data.principal(owner))).with(csrf()))
                .andExpect(status().is3xxRedirection());

        MimeMessage mail = Mails.awaitSubject(email, "was revoked");
        assertThat(mail.getSubject()).isEqualTo("Your badge \"" + badge.getName() + "\" from " + issuer.getName() + " was revoked");
        assertThat(Mails.body(mail)).contains("Reason: The exam was retaken by someone else");
    }

    @Test
    void aBulkAwardQueuesOneMailPerEmailRecipientWithTheAwards() {
        Issuer issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        Badge badge = fixtures.badge(issuer, b -> { });
        String one = TestData.unique("bulk-one") + "@example.org";
        String two = TestData.unique("bulk-two") + "@example.org";

        service.commit(badge.getId(), java.util.List.of(BulkRow.of(1, one), BulkRow.of(2, "a-site-user"),
                BulkRow.of(3, two)), owner.getId());

        assertThat(jdbc.queryForObject("""
                select count(*) from outbound_mail m join award a on a.id = m.award_id where a.badge_id = ?""",
                Long.class, badge.getId())).isEqualTo(2);
        assertThat(Mails.body(Mails.awaitSubject(two, badge.getName()))).contains("/signup?email=");
    }
}
