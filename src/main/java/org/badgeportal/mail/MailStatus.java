package org.badgeportal.mail;

/** Where an outgoing mail stands. */
public enum MailStatus {
    /** Stored, waiting for (another) delivery attempt. */
    QUEUED,
    /** Handed to the SMTP server. */
    SENT,
    /** Gave up after {@link MailDispatcher#MAX_ATTEMPTS} attempts. */
    FAILED,
    /** No SMTP server is configured: kept in the development mailbox at /admin/mailbox. */
    MAILBOX
}
