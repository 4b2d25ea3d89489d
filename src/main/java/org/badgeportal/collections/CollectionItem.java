package org.badgeportal.collections;

import org.badgeportal.awards.AwardStatus;

/**
 * One award in the owner's editor. {@code shownPublicly} is false for awards the owner declined, the issuer
 * revoked, or that expired: they stay in the collection but public pages skip them.
 */
public record CollectionItem(String publicId, String badgeName, String imageSrc, IssuerMark issuer, AwardStatus status,
                      boolean expired, boolean shownPublicly, boolean first, boolean last) {

    /** Why public pages skip this award ({@code collections.item.hidden.*}), or null when they show it. */
    public String hiddenReason() {
        if (shownPublicly) {
            return null;
        }
        return status == AwardStatus.ACCEPTED && expired ? "EXPIRED" : status.name();
    }
}
