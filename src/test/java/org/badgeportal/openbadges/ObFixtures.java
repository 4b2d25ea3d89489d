package org.badgeportal.openbadges;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.Criterion;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.images.ImageRejectedException;
import org.badgeportal.images.ImageService;
import org.badgeportal.images.ImageValidator;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.store.IssuerRepository;
import org.badgeportal.support.TestData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issuers, badges and awards for the Open Badges tests, with unique names. */
@Component
class ObFixtures {

    private final TestData data;
    private final AwardService awards;
    private final BadgeRepository badges;
    private final IssuerRepository issuers;
    private final ImageService images;
    private final ImageValidator validator;

    ObFixtures(TestData data, AwardService awards, BadgeRepository badges, IssuerRepository issuers,
               ImageService images, ImageValidator validator) {
        this.data = data;
        this.awards = awards;
        this.badges = badges;
        this.issuers = issuers;
        this.images = images;
        this.validator = validator;
    }

    Account owner() {
        return data.account("owner");
    }

    /** An issuer whose awards are accepted at once, owned by {@code owner}. */
    Issuer issuer(Account owner) {
        return data.issuer(owner, AcceptancePolicy.AUTOMATIC);
    }

    Issuer issuerWithConsent(Account owner) {
        return data.issuer(owner, AcceptancePolicy.REQUIRED);
    }

    @Transactional
    Issuer describe(Issuer issuer, String url, String email, String description) {
        Issuer current = issuers.findById(issuer.getId()).orElseThrow();
        current.updateProfile(current.getName(), url, email, description, current.getAcceptancePolicy());
        return current;
    }

    Badge badge(Issuer issuer, String name) {
        return data.badge(issuer, name);
    }

    /** A badge whose image is stored in the portal (PNG, JPEG, GIF or SVG bytes). */
    @Transactional
    Badge badgeWithImage(Issuer issuer, String name, byte[] image) throws ImageRejectedException {
        Badge badge = badges.findById(data.badge(issuer, name).getId()).orElseThrow();
        badge.useUploadedImage(images.store(validator.check(image)));
        return badge;
    }

    /** A badge with criteria and tags of its own and no descriptions at all. */
    @Transactional
    Badge badgeWithCriteria(Issuer issuer, String name, String criteriaUrl, String... criteria) {
        Badge badge = badges.findById(data.badge(issuer, name).getId()).orElseThrow();
        badge.setEarnerDescription(null);
        badge.setConsumerDescription(" ");
        badge.setCriteriaUrl(criteriaUrl);
        badge.replaceCriteria(Arrays.stream(criteria).map(text -> new Criterion(text, true, null)).toList());
        badge.replaceTags(Set.of("swimming", "safety"));
        return badge;
    }

    String award(Badge badge, String recipient) {
        return awards.issue(AwardRequest.of(badge, recipient)).publicId();
    }

    String award(AwardRequest request) {
        return awards.issue(request).publicId();
    }

    void revoke(String publicId, String reason, Account owner) {
        awards.revoke(publicId, reason, owner.getId());
    }

    static Instant daysAgo(Instant now, int days) {
        return now.minusSeconds(days * 86_400L);
    }
}
