package org.badgeportal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.badgeportal.system.PortalProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Delivers due mails from the outbox: through SMTP when {@code spring.mail.host} is set, otherwise into the
 * development mailbox. A failed attempt is retried with a growing delay; after {@link #MAX_ATTEMPTS} the mail is
 * FAILED. Each mail is delivered under a row lock, so concurrent dispatchers never send it twice.
 * {@link MailDispatchTriggers} decides when this runs.
 */
@Component
class MailDispatcher {

    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboundMailRepository mails;
    private final TransactionTemplate transactions;
    private final @Nullable JavaMailSender sender;
    private final String from;
    private final Clock clock;

    @Autowired
    MailDispatcher(OutboundMailRepository mails, PlatformTransactionManager transactionManager,
                   @Value("${spring.mail.host:}") String smtpHost, ObjectProvider<JavaMailSender> senders,
                   PortalProperties properties, Clock clock) {
        this(mails, new TransactionTemplate(transactionManager),
                StringUtils.hasText(smtpHost) ? senders.getIfAvailable() : null, properties.mail().from(), clock);
    }

    /** {@code sender} null: no SMTP server, every mail goes to the development mailbox. */
    MailDispatcher(OutboundMailRepository mails, TransactionTemplate transactions, @Nullable JavaMailSender sender,
                   String from, Clock clock) {
        this.mails = mails;
        this.transactions = transactions;
        this.sender = sender;
        this.from = from;
        this.clock = clock;
    }

    /** Delivers every mail that is due now. */
    void dispatchDue() {
        List<Long> due = transactions.execute(status ->
                mails.findDueIds(MailStatus.QUEUED, clock.instant(), Limit.of(BATCH)));
        if (due != null) {
            due.forEach(this::dispatch);
        }
    }

    /** Delivers one mail if it is still due (another dispatcher may have sent it meanwhile). */
    void dispatch(Long mailId) {
        transactions.executeWithoutResult(status -> mails.lockById(mailId)
                .filter(mail -> mail.isDue(clock.instant()))
                .ifPresent(this::deliver));
    }

    private void deliver(OutboundMail mail) {
        if (sender == null) {
            mail.keepInMailbox();
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.getTo());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody(), false);
            sender.send(message);
            mail.markSent(clock.instant());
        } catch (MailException | MessagingException e) {
            String error = describe(e);
            mail.recordFailure(error, clock.instant(), backoff(mail.getAttempts() + 1), MAX_ATTEMPTS);
            log.warn("Mail {} to {} not sent (attempt {}): {}", mail.getId(), mail.getTo(), mail.getAttempts(), error);
        }
    }

    /** 30 s after the first failure, then four times as long after each further one. */
    static Duration backoff(int attempt) {
        return FIRST_RETRY.multipliedBy(1L << (2 * (attempt - 1)));
    }

    /** A short, single-line reason for the mailbox and the log; no stack trace. */
    static String describe(Exception e) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
        String text = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
        if (root != e) {
            text += " (" + root.getClass().getSimpleName() + ": " + firstLine(root.getMessage()) + ")";
        }
        return text;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("").strip();
        int failedMessages = line.indexOf(". Failed messages:"); // Spring repeats the nested exception there
        line = failedMessages > 0 ? line.substring(0, failedMessages) : line;
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
