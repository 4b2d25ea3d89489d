package org.badgeportal.profiles;

import java.time.Instant;
import org.badgeportal.awards.PublicBadgeCount;
import org.badgeportal.collections.IssuerMark;
import org.badgeportal.collections.ShowcaseBadge;

/** One badge on a public profile: how many public awards of it the account holds, and the latest one's date. */
public record ProfileBadge(ShowcaseBadge badge, long count, Instant latestIssuedAt) {

    static ProfileBadge of(PublicBadgeCount row) {
        ShowcaseBadge badge = new ShowcaseBadge(row.badgeName(), row.strapline(),
                ShowcaseBadge.imageSrc(row.imageId(), row.imageUrl()), ShowcaseBadge.color(row.backgroundColor()),
                new IssuerMark(row.issuerSlug(), row.issuerName(), row.issuerVerified()),
                ShowcaseBadge.badgePath(row.issuerSlug(), row.badgeSlug()));
        return new ProfileBadge(badge, row.count(), row.latestIssuedAt());
    }
}
