package org.badgeportal.badges;

import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerBadgeCounts;
import org.springframework.stereotype.Component;

/** The issuer overview's badge counts. */
@Component
class BadgeCounts implements IssuerBadgeCounts {

    private final BadgeRepository badges;

    BadgeCounts(BadgeRepository badges) {
        this.badges = badges;
    }

    @Override
    public long badges(Issuer issuer) {
        return badges.countByIssuer(issuer);
    }

    @Override
    public long archivedBadges(Issuer issuer) {
        return badges.countByIssuerAndArchivedTrue(issuer);
    }
}
