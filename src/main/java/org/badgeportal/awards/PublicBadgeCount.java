package org.badgeportal.awards;

import java.time.Instant;

/**
 * One badge on an account's public profile: how often the account holds it publicly (accepted, not revoked,
 * not expired) and when it was last awarded.
 */
public record PublicBadgeCount(Long badgeId, String badgeSlug, String badgeName, String strapline,
                               Long imageId, String imageUrl, String backgroundColor,
                               String issuerSlug, String issuerName, boolean issuerVerified,
                               long count, Instant latestIssuedAt) {

    /** Same rule as {@code Badge.getImageSrc()}: the portal's copy of an upload, or the issuer's URL. */
    public String imageSrc() {
        return imageId != null ? "/images/" + imageId : imageUrl;
    }
}
