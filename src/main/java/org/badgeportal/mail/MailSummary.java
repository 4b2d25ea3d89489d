package org.badgeportal.mail;

import java.time.Instant;

/** One line of the development mailbox. */
public record MailSummary(Long id, String to, String subject, MailStatus status, Instant createdAt) {
}
