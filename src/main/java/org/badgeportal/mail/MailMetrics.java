package org.badgeportal.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The mail counters at {@code /actuator/prometheus}: {@code badges_mails_sent_total{via=smtp|mailbox}} and
 * {@code badges_mails_failed_total{final=true|false}} (a failed attempt that will be retried, or the last one).
 */
final class MailMetrics {

    private final Counter sentBySmtp;
    private final Counter keptInMailbox;
    private final Counter failedForNow;
    private final Counter failedForGood;

    MailMetrics(MeterRegistry registry) {
        sentBySmtp = sent(registry, "smtp");
        keptInMailbox = sent(registry, "mailbox");
        failedForNow = failed(registry, false);
        failedForGood = failed(registry, true);
    }

    /** Counters nobody reads (dispatchers that tests build by hand). */
    static MailMetrics unread() {
        return new MailMetrics(new SimpleMeterRegistry());
    }

    void sent(boolean smtp, int mails) {
        (smtp ? sentBySmtp : keptInMailbox).increment(mails);
    }

    void failed(boolean givenUp) {
        (givenUp ? failedForGood : failedForNow).increment();
    }

    private static Counter sent(MeterRegistry registry, String via) {
        return Counter.builder("badges.mails.sent").tag("via", via)
                .description("Mails delivered over SMTP, or kept in the development mailbox").register(registry);
    }

    private static Counter failed(MeterRegistry registry, boolean last) {
        return Counter.builder("badges.mails.failed").tag("final", String.valueOf(last))
                .description("Failed delivery attempts; final=true when the mail is given up").register(registry);
    }
}
