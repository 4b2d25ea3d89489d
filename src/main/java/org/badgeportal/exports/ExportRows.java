package org.badgeportal.exports;

import java.time.Instant;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.RecipientKind;

/** The rows the export reads with projections (never entities), so that streaming them keeps memory flat. */
final class ExportRows {

    private ExportRows() {
    }

    /** A badge's image bytes, read one at a time beside the badges. */
    record BadgeImage(String badgeSlug, String contentType, byte[] bytes) {
    }

    /** One value of a badge's element collections: criterion, category, tag or custom field. */
    record BadgeValue(Long badgeId, String name, String value, Boolean required) {
    }

    record RecipientRow(String identifier, RecipientKind kind, String claimTokenHash, Instant createdAt,
                        String accountName, long awards) {

        boolean linked() {
            return accountName != null;
        }
    }

    /** One award with at most one of its evidence URLs (awards with several come as consecutive rows). */
    record AwardEvidenceRow(Long id, String publicId, String badgeSlug, String recipient, RecipientKind recipientKind,
                            AwardStatus status, Instant issuedAt, Instant validFrom, Instant expiresAt,
                            Instant respondedAt, Instant revokedAt, String revocationReason, String narrative,
                            String payload, String issuedBy, String evidence) {
    }
}
