package org.badgeportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.badgeportal.support.PortalTest;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PortalTest
class MailOutboxTest {

    private static final String FROM = "Badge portal <no-reply@badges.local>";

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    OutboundMailRepository mails;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;
    @Autowired
    JavaMailSender sender;

    @Test
    void aQueuedMailIsSentOverSmtpOnceItsTransactionCommits() throws Exception {
        String to = TestData.unique("outbox") + "@example.org";
        String subject = TestData.unique("Hello");
        transactions().executeWithoutResult(status -> outbox.queue(to, subject, "Line one\nLine two: äöü"));

        MimeMessage received = TestMailServer.awaitMailTo(to);
        assertThat(received.getSubject()).isEqualTo(subject);
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("no-reply@badges.local");
        assertThat(received.getContent().toString()).contains("Line one").contains("Line two: äöü");

        OutboundMail stored = mailWithSubject(subject);
        dispatcher.dispatch(stored.getId()); // waits for the delivering transaction's row lock, then finds nothing due
        OutboundMail sent = mails.findById(stored.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getSentAt()).isNotNull();
    }

    @Test
    void aMailQueuedInARolledBackTransactionIsNeitherStoredNorSent() {
        String subject = TestData.unique("Never");
        transactions().executeWithoutResult(status -> {
            outbox.queue("nobody@example.org", subject, "This change was rolled back.");
            status.setRollbackOnly();
        });

        assertThat(mails.findAll()).extracting(OutboundMail::getSubject).doesNotContain(subject);
    }

    @Test
    void aVeryLongSubjectIsShortenedInsteadOfFailingTheChange() {
        String subject = TestData.unique("Long") + "x".repeat(400);
        transactions().executeWithoutResult(status -> outbox.queue("long@example.org", subject, "Body"));

        assertThat(mails.findAll()).extracting(OutboundMail::getSubject)
                .anySatisfy(stored -> assertThat(stored).hasSize(255).startsWith(subject.substring(0, 254)));
    }

    @Test
    void aFailingSmtpServerIsRetriedWithGrowingDelaysAndGivenUpAfterFiveAttempts() throws IOException {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(closedPort());
        MutableClock testClock = new MutableClock(clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS));
        MailDispatcher failing = new MailDispatcher(mails, transactions(), unreachable, FROM, testClock);
        Long id = storeOutOfReachOfTheRunningDispatcher(testClock.instant());

        failing.dispatch(id);
        OutboundMail first = mails.findById(id).orElseThrow();
        assertThat(first.getStatus()).isEqualTo(MailStatus.QUEUED);
        assertThat(first.getAttempts()).isEqualTo(1);
        assertThat(first.getLastError())
                .isEqualTo("MailSendException: Mail server connection failed (ConnectException: Connection refused)").doesNotContain("\n").doesNotContain("\tat ");
        assertThat(first.getLastError().length()).isLessThanOrEqualTo(500);
        assertThat(first.getNextAttemptAt()).isEqualTo(testClock.instant().plus(Duration.ofSeconds(30)));

        failing.dispatch(id); // not due yet: nothing happens
        assertThat(mails.findById(id).orElseThrow().getAttempts()).isEqualTo(1);

        List<Duration> expectedDelays = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(8),
                Duration.ofMinutes(32));
        for (int attempt = 2; attempt <= 5; attempt++) {
            testClock.advance(expectedDelays.get(attempt - 2));
            failing.dispatch(id);
            OutboundMail mail = mails.findById(id).orElseThrow();
            assertThat(mail.getAttempts()).isEqualTo(attempt);
            if (attempt < 5) {
                assertThat(mail.getStatus()).isEqualTo(MailStatus.QUEUED);
                assertThat(mail.getNextAttemptAt()).isEqualTo(testClock.instant().plus(expectedDelays.get(attempt - 1)));
            }
        }
        OutboundMail failed = mails.findById(id).orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.getSentAt()).isNull();

        testClock.advance(Duration.ofDays(30));
        failing.dispatch(id);
        assertThat(mails.findById(id).orElseThrow().getAttempts()).isEqualTo(5);
    }

    @Test
    void withoutAnSmtpServerMailsAreKeptInTheDevelopmentMailbox() {
        MutableClock testClock = new MutableClock(clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS));
        MailDispatcher withoutSmtp = new MailDispatcher(mails, transactions(), null, FROM, testClock);
        Long id = storeOutOfReachOfTheRunningDispatcher(testClock.instant());

        withoutSmtp.dispatchDue();

        OutboundMail kept = mails.findById(id).orElseThrow();
        assertThat(kept.getStatus()).isEqualTo(MailStatus.MAILBOX);
        assertThat(kept.getLastError()).isNull();
    }

    @Test
    void aBatchGoesOutOverOneConnectionAndAMailAlreadyDeliveredIsNotSentAgain() {
        MutableClock testClock = new MutableClock(clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS));
        MailDispatcher batching = new MailDispatcher(mails, transactions(), sender, FROM, testClock);
        List<Long> ids = List.of(storeOutOfReachOfTheRunningDispatcher(testClock.instant()),
                storeOutOfReachOfTheRunningDispatcher(testClock.instant()),
                storeOutOfReachOfTheRunningDispatcher(testClock.instant()));
        List<String> addresses = ids.stream().map(id -> mails.findById(id).orElseThrow().getTo()).toList();

        assertThat(batching.dispatch(ids)).isEqualTo(3);
        addresses.forEach(TestMailServer::awaitMailTo);
        assertThat(mails.findAllById(ids)).extracting(OutboundMail::getStatus).containsOnly(MailStatus.SENT);

        int received = TestMailServer.get().getReceivedMessages().length;
        assertThat(batching.dispatch(ids)).isZero();
        assertThat(mails.findAllById(ids)).extracting(OutboundMail::getAttempts).containsOnly(1);
        assertThat(TestMailServer.get().getReceivedMessages()).hasSizeGreaterThanOrEqualTo(received)
                .filteredOn(message -> addresses.stream().anyMatch(to -> recipients(message).contains(to)))
                .hasSize(3);
    }

    private static String recipients(MimeMessage message) {
        try {
            return java.util.Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Due only at {@code dueAt} (a day ahead), so the application's own dispatcher leaves it to the test. */
    private Long storeOutOfReachOfTheRunningDispatcher(Instant dueAt) {
        return transactions().execute(status -> {
            OutboundMail mail = new OutboundMail(TestData.unique("retry") + "@example.org", TestData.unique("Retry"),
                    "Body", clock.instant());
            mail.postponeUntil(dueAt);
            return mails.save(mail).getId();
        });
    }

    private OutboundMail mailWithSubject(String subject) {
        return mails.findAll().stream().filter(m -> m.getSubject().equals(subject)).findFirst().orElseThrow();
    }

    private TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
