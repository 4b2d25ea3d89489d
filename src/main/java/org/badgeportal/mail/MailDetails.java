package org.badgeportal.mail;

import java.time.Instant;

/** One mail as the development mailbox shows it. */
public record MailDetails(Long id, String to, String subject, String body, MailStatus status, int attempts,
                          String lastError, Instant createdAt, Instant sentAt) {

    static MailDetails of(OutboundMail mail) {
        return new MailDetails(mail.getId(), mail.getTo(), mail.getSubject(), mail.getBody(), mail.getStatus(),
                mail.getAttempts(), mail.getLastError(), mail.getCreatedAt(), mail.getSentAt());
    }
}
