package org.badgeportal.catalogue;

import java.util.function.Consumer;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.support.TestData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issuers and badges for the public pages' tests, on top of {@link TestData}. */
@Component
class CatalogueFixtures {

    private final TestData data;
    private final IssuerRepository issuers;
    private final BadgeRepository badges;

    CatalogueFixtures(TestData data, IssuerRepository issuers, BadgeRepository badges) {
        this.data = data;
        this.issuers = issuers;
        this.badges = badges;
    }

    Issuer issuer() {
        Account owner = data.account("owner");
        return data.issuer(owner, AcceptancePolicy.REQUIRED);
    }

    @Transactional
    Issuer editIssuer(Issuer issuer, Consumer<Issuer> change) {
        Issuer loaded = issuers.findById(issuer.getId()).orElseThrow();
        change.accept(loaded);
        return loaded;
    }

    /** A listed badge, changed by {@code change} before the test sees it. */
    @Transactional
    Badge badge(Issuer issuer, String name, Consumer<Badge> change) {
        Badge badge = badges.findById(data.badge(issuer, name).getId()).orElseThrow();
        change.accept(badge);
        return badge;
    }

    Badge badge(Issuer issuer, String name) {
        return data.badge(issuer, name);
    }
}
