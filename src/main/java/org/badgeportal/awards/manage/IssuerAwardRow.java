package org.badgeportal.awards.manage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.RecipientKind;
import org.badgeportal.mail.MailStatus;

/**
 * One line of the issuer's award list: everything it shows, loaded inside the transaction. {@code expired} is
 * derived (accepted and past its expiry); {@code notification} is the state of the newest mail about the award,
 * null when none was sent (site users have no address).
 */
public record IssuerAwardRow(String publicId, String badgeSlug, String badgeName, Long recipientId,
                             String recipient, RecipientKind recipientKind, String accountName, AwardStatus status,
                             boolean expired, Instant issuedAt, String revocationReason, MailStatus notification) {

    /** The state people see: pending, accepted, declined, revoked, or expired. */
    public String state() {
        return expired ? "expired" : status.name().toLowerCase(Locale.ROOT);
    }

    /** The day it was issued (UTC). */
    public LocalDate issuedDay() {
        return LocalDate.ofInstant(issuedAt, ZoneOffset.UTC);
    }

    /** queued, sent, failed, mailbox, or none. */
    public String notificationState() {
        return notification == null ? "none" : notification.name().toLowerCase(Locale.ROOT);
    }

    public boolean revocable() {
        return status != AwardStatus.REVOKED;
    }

    public boolean mailable() {
        return recipientKind == RecipientKind.EMAIL && status != AwardStatus.REVOKED;
    }

    /** A site user who has no account yet can be sent a claim link. */
    public boolean claimable() {
        return recipientKind == RecipientKind.SITE_USER && accountName == null;
    }
}
