package org.badgeportal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.badgeportal.system.PersistentEntity;

/** One plain-text mail in the outbox, stored in the transaction of the change that caused it. */
@Entity
@Table(name = "outbound_mail")
class OutboundMail extends PersistentEntity {

    static final int MAX_ERROR_LENGTH = 500;
    /** Subjects often carry names people wrote (badges, issuers): cut, rather than fail the caller's change. */
    static final int MAX_SUBJECT_LENGTH = 255;

    @Column(name = "to_address", nullable = false, length = 320)
    private String to;

    @Column(nullable = false, length = MAX_SUBJECT_LENGTH)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status = MailStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** The award the mail is about, if any (a plain id: the mail feature knows nothing of awards). */
    @Column(name = "award_id")
    private Long awardId;

    protected OutboundMail() {
    }

    OutboundMail(String to, String subject, String body, Instant now) {
        this.to = to;
        this.subject = subject.length() > MAX_SUBJECT_LENGTH ? subject.substring(0, MAX_SUBJECT_LENGTH - 1) + "…" : subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    OutboundMail(String to, String subject, String body, Instant now, Long awardId) {
        this(to, subject, body, now);
        this.awardId = awardId;
    }

    boolean isDue(Instant now) {
        return status == MailStatus.QUEUED && !nextAttemptAt.isAfter(now);
    }

    void markSent(Instant now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void keepInMailbox() {
        status = MailStatus.MAILBOX;
    }

    /** Records a failed attempt: retried after {@code backoff}, or FAILED once {@code maxAttempts} are used up. */
    void recordFailure(String error, Instant now, Duration backoff, int maxAttempts) {
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(backoff);
        }
    }

    /** Delays the next attempt (tests use it to keep a mail away from the running dispatcher). */
    void postponeUntil(Instant when) {
        nextAttemptAt = when;
    }

    String getTo() {
        return to;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    Long getAwardId() {
        return awardId;
    }
}
