package org.badgeportal.mail;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Delivers due mails from the outbox: through SMTP when {@code spring.mail.host} is set, otherwise into the
 * development mailbox. A failed attempt is retried with a growing delay; after {@link #MAX_ATTEMPTS} the mail is
 * FAILED. Mails go out in batches of {@value #BATCH}: one transaction that locks their rows (so concurrent
 * dispatchers, threads or app instances, never send a mail twice) and one SMTP connection. A bulk award's
 * thousands of mails thus cost a hundred small transactions, not thousands.
 * {@link MailDispatchTriggers} decides when this runs.
 */
@Component
class MailDispatcher {

    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final OutboundMailRepository mails;
    private final TransactionTemplate transactions;
    private final @Nullable JavaMailSender sender;
    private final String from;
    private final Clock clock;
    private final MailMetrics metrics;

    @Autowired
    MailDispatcher(OutboundMailRepository mails, PlatformTransactionManager transactionManager,
                   @Value("${spring.mail.host:}") String smtpHost, ObjectProvider<JavaMailSender> senders,
                   OutgoingMailProperties properties, MeterRegistry registry, Clock clock) {
        this(mails, new TransactionTemplate(transactionManager),
                StringUtils.hasText(smtpHost) ? senders.getIfAvailable() : null, properties.from(), clock,
                new MailMetrics(registry));
    }

    /** For tests: {@code sender} null means no SMTP server, every mail goes to the development mailbox. */
    MailDispatcher(OutboundMailRepository mails, TransactionTemplate transactions, @Nullable JavaMailSender sender,
                   String from, Clock clock) {
        this(mails, transactions, sender, from, clock, MailMetrics.unread());
    }

    private MailDispatcher(OutboundMailRepository mails, TransactionTemplate transactions,
                           @Nullable JavaMailSender sender, String from, Clock clock, MailMetrics metrics) {
        this.metrics = metrics;
        this.mails = mails;
        this.transactions = transactions;
        this.sender = sender;
        this.from = from;
        this.clock = clock;
    }

    /** Delivers every mail that is due now, batch after batch, without pause. */
    void dispatchDue() {
        while (dispatchBatch(BATCH) == BATCH) {
            // a full batch: more may be due
        }
    }

    /**
     * Delivers up to {@code size} due mails, oldest first; answers how many were due, or 0 when none was or
     * another dispatcher holds them (it delivers them).
     */
    int dispatchBatch(int size) {
        List<Long> due = transactions.execute(status ->
                mails.findDueIds(MailStatus.QUEUED, clock.instant(), Limit.of(size)));
        return due == null || due.isEmpty() || dispatch(due) == 0 ? 0 : due.size();
    }

    /** Delivers one mail if it is still due (another dispatcher may have sent it meanwhile). */
    void dispatch(Long mailId) {
        dispatch(List.of(mailId));
    }

    /** Delivers those of these mails that are still due, in one transaction; answers how many were. */
    int dispatch(Collection<Long> mailIds) {
        Integer delivered = transactions.execute(status -> {
            List<OutboundMail> due = mails.lockAllById(mailIds).stream()
                    .filter(mail -> mail.isDue(clock.instant()))
                    .toList();
            deliver(due);
            return due.size();
        });
        return delivered == null ? 0 : delivered;
    }

    private void deliver(List<OutboundMail> batch) {
        if (batch.isEmpty()) {
            return;
        }
        if (sender == null) {
            batch.forEach(OutboundMail::keepInMailbox);
            metrics.sent(false, batch.size());
            return;
        }
        Map<OutboundMail, Exception> failures = new HashMap<>();
        Map<OutboundMail, MimeMessage> messages = new LinkedHashMap<>();
        for (OutboundMail mail : batch) {
            try {
                messages.put(mail, message(mail));
            } catch (MessagingException e) {
                failures.put(mail, e); // an address the mail library refuses: this mail fails, the others go
            }
        }
        try {
            if (!messages.isEmpty()) {
                sender.send(messages.values().toArray(MimeMessage[]::new)); // one connection for the whole batch
            }
        } catch (MailException e) {
            Map<Object, Exception> failed = e instanceof MailSendException send ? send.getFailedMessages() : Map.of();
            boolean allFailed = failed.isEmpty() || failed.size() == messages.size(); // e.g. no connection
            messages.forEach((mail, message) -> {
                if (allFailed || failed.containsKey(message)) {
                    failures.put(mail, allFailed ? e : failed.get(message));
                }
            });
        }
        for (OutboundMail mail : batch) {
            Exception failure = failures.get(mail);
            if (failure == null) {
                mail.markSent(clock.instant());
                metrics.sent(true, 1);
            } else {
                String error = describe(failure);
                mail.recordFailure(error, clock.instant(), backoff(mail.getAttempts() + 1), MAX_ATTEMPTS);
                metrics.failed(mail.getStatus() == MailStatus.FAILED);
                log.warn("Mail {} to {} not sent (attempt {}): {}", mail.getId(), mail.getTo(), mail.getAttempts(),
                        error);
            }
        }
    }

    private MimeMessage message(OutboundMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.getTo());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBody(), false);
        return message;
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
