package org.badgeportal.earners;

import java.time.Clock;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.lifecycle.AwardRepository;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.images.StoredImage;
import org.badgeportal.images.store.StoredImageRepository;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.support.TestData;
import org.badgeportal.support.TestImages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Data the recipient-side tests need beyond {@link TestData}. */
@Component
class EarnerFixtures {

    private final TestData data;
    private final BadgeRepository badges;
    private final StoredImageRepository images;
    private final AwardRepository awards;
    private final Clock clock;

    EarnerFixtures(TestData data, BadgeRepository badges, StoredImageRepository images, AwardRepository awards,
                   Clock clock) {
        this.data = data;
        this.badges = badges;
        this.images = images;
        this.awards = awards;
        this.clock = clock;
    }

    /** A badge whose image is an upload kept by the portal (shown from /images/{id}). */
    @Transactional
    Badge badgeWithUploadedImage(Issuer issuer, String name) {
        Badge badge = badges.findById(data.badge(issuer, name).getId()).orElseThrow();
        StoredImage image = images.save(new StoredImage("image/png", TestImages.png(), TestData.unique("sha"),
                clock.instant()));
        badge.useUploadedImage(image);
        return badge;
    }

    AwardStatus status(String publicId) {
        return awards.findByPublicId(publicId).orElseThrow().getStatus();
    }
}
