package org.badgeportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.IssuedAward;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A mail that cannot be delivered never costs the award it is about; the issuer sees that it failed. */
@PortalTest
class AwardMailFailureTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    AwardService awards;
    @Autowired
    OutboundMailRepository mails;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void whenSmtpIsDownTheAwardIsKeptAndTheListShowsTheFailedMailWithResend() throws IOException {
        Account owner = data.account("smtp");
        Issuer issuer = data.issuer(owner, AcceptancePolicy.REQUIRED);
        Badge badge = data.badge(issuer, "Resilience");
        String email = TestData.unique("unlucky") + "@example.org";
        MutableClock later = new MutableClock(clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS));
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);

        // Issue the award and keep its mail away from the running dispatcher (due only tomorrow).
        IssuedAward award = transactions.execute(status -> {
            IssuedAward issued = awards.issue(AwardRequest.of(badge, email));
            mails.findAll().stream().filter(m -> issued.awardId().equals(m.getAwardId()))
                    .forEach(m -> m.postponeUntil(later.instant()));
            return issued;
        });

        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(closedPort());
        MailDispatcher down = new MailDispatcher(mails, transactions, unreachable, "no-reply@badges.local", later);
        Long mailId = mails.findAll().stream().filter(m -> award.awardId().equals(m.getAwardId()))
                .findFirst().orElseThrow().getId();
        for (int attempt = 1; attempt <= MailDispatcher.MAX_ATTEMPTS; attempt++) {
            down.dispatch(mailId);
            later.advance(Duration.ofHours(2));
        }

        assertThat(mails.findById(mailId).orElseThrow().getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(jdbc.queryForObject("select status from award where public_id = ?", String.class, award.publicId()))
                .isEqualTo(AwardStatus.PENDING.name());
        try {
            mvc.perform(get("/manage/" + issuer.getSlug() + "/awards").with(user(data.principal(owner))))
                    .andExpect(content().string(allOf(containsString(email), containsString("Failed"),
                            containsString("/awards/" + award.publicId() + "/resend"))));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
