package org.badgeportal.awards.page;

import java.time.Instant;
import java.util.List;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.BadgeFace;

/**
 * What the public verification page of one award shows. {@code recipientName} is null when the recipient has
 * no public name ("a recipient"); it is never an email address. {@code sentTo} (the identifier) is only set for
 * the recipient's own account and the issuer's members. {@code shareText} is the badge's suggested text for
 * sharing (may be null), {@code url} the page's absolute address and {@code linkedInUrl} LinkedIn's
 * "Add to profile" link for it.
 */
public record AwardPage(String publicId, BadgeFace badge, AwardStatus status, String recipientName,
                        String recipientProfilePath, String sentTo, Viewer viewer, String narrative,
                        List<String> evidence, Instant issuedAt, Instant validFrom, Instant expiresAt,
                        boolean expired, boolean notYetValid, Instant revokedAt, String revocationReason,
                        String shareText, String url, String linkedInUrl) {

    /** Who is looking: decides whether pending and declined awards exist for them. */
    public enum Viewer {
        RECIPIENT, ISSUER_MEMBER, OTHER
    }

    public boolean isValid() {
        return status == AwardStatus.ACCEPTED && !expired && !notYetValid;
    }

    public boolean isPending() {
        return status == AwardStatus.PENDING;
    }

    public boolean isDeclined() {
        return status == AwardStatus.DECLINED;
    }

    public boolean isRevoked() {
        return status == AwardStatus.REVOKED;
    }

    public boolean isAccepted() {
        return status == AwardStatus.ACCEPTED;
    }

    /** Its Open Badges files (baked images, credential) exist: accepted, expired or not. */
    public boolean isPortable() {
        return isAccepted();
    }
}
