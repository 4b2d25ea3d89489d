package org.badgeportal.collections;

import java.time.Instant;
import org.badgeportal.awards.AwardStatus;

/** One award of a collection with its badge and issuer, read in the collection's order by one select. */
public record CollectionAwardRow(String publicId, String badgeSlug, String badgeName, String strapline, Long imageId,
                          String imageUrl, String backgroundColor, String issuerSlug, String issuerName,
                          boolean issuerVerified, AwardStatus status, Instant issuedAt, Instant expiresAt) {

    /** Only accepted, unrevoked and unexpired awards are ever public (src/docs/DESIGN.md). */
    boolean isPublicAt(Instant now) {
        return status == AwardStatus.ACCEPTED && (expiresAt == null || now.isBefore(expiresAt));
    }

    boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** The badge as public pages show it, linking to the award's own page. */
    ShowcaseBadge toAwardCard() {
        return new ShowcaseBadge(badgeName, strapline, ShowcaseBadge.imageSrc(imageId, imageUrl),
                ShowcaseBadge.color(backgroundColor), new IssuerMark(issuerSlug, issuerName, issuerVerified),
                "/awards/" + publicId);
    }
}
