package org.badgeportal.exports;

import java.time.Instant;
import org.badgeportal.awards.AwardStatus;

/** The issuer document's identity and version, and the rule for the derived "expired" state. */
final class ExportFormat {

    /** The value of the document's {@code format} field. */
    static final String NAME = "badge-portal-issuer-export";
    /** The one version this installation writes and reads. */
    static final int VERSION = 1;

    private ExportFormat() {
    }

    /** pending, accepted, declined, revoked or expired (accepted past its expiry), as the dashboard shows it. */
    static String state(AwardStatus status, Instant expiresAt, Instant now) {
        if (status == AwardStatus.ACCEPTED && expiresAt != null && !now.isBefore(expiresAt)) {
            return "expired";
        }
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
