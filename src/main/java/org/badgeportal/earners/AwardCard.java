package org.badgeportal.earners;

import java.time.Instant;
import java.util.Locale;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.BadgeFace;

/**
 * One award as its recipient sees it on {@code /me}: built inside the transaction (open-in-view is off), so the
 * template never touches an entity.
 */
public record AwardCard(String publicId, AwardStatus status, BadgeFace badge, String narrative,
                        Instant issuedAt, Instant validFrom, Instant expiresAt, boolean expired,
                        String revocationReason) {

    static AwardCard of(Award award, Instant now) {
        return new AwardCard(award.getPublicId(), award.getStatus(), BadgeFace.of(award.getBadge()),
                award.getNarrative(), award.getIssuedAt(), award.getValidFrom(), award.getExpiresAt(),
                award.isExpired(now), award.getRevocationReason());
    }

    /** The element id the htmx actions replace. */
    public String getElementId() {
        return "award-" + publicId;
    }

    /** The state as page text keys and URLs write it: pending, accepted, declined, revoked. */
    public String getState() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    public boolean isPending() {
        return status == AwardStatus.PENDING;
    }

    public boolean isAccepted() {
        return status == AwardStatus.ACCEPTED;
    }

    public boolean isDeclined() {
        return status == AwardStatus.DECLINED;
    }

    public boolean isRevoked() {
        return status == AwardStatus.REVOKED;
    }
}
