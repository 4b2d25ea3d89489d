package org.badgeportal.demo;

import jakarta.persistence.EntityManager;
import java.awt.Color;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.Recipient;
import org.badgeportal.badges.Badge;
import org.badgeportal.images.StoredImage;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.Digests;
import org.springframework.stereotype.Component;

/**
 * Writes the rows the demo consists of: badges with generated images, recipients and awards. Awards are written
 * as they stand (issued days ago, some accepted), not issued through the award service, which would date them
 * today and send mail; so recipients and awards are persisted as entities.
 */
@Component
class DemoRecords {

    private final EntityManager entities;
    private final Clock clock;

    DemoRecords(EntityManager entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    /** A listed badge with a generated image in {@code color}; {@code details} fills in the rest. */
    Badge badge(Issuer issuer, String slug, String name, Color color,
                Consumer<Badge> details) {
        Badge badge = new Badge(issuer, slug, name, clock.instant());
        badge.setListed(true);
        badge.useUploadedImage(image(name, color));
        details.accept(badge);
        return persist(badge);
    }

    StoredImage image(String name, Color color) {
        byte[] png = DemoBadgeImages.png(name, color);
        return persist(new StoredImage("image/png", png, Digests.sha256Hex(png), clock.instant()));
    }

    Recipient recipient(Issuer issuer, String identifier, Account linkedAccount) {
        Recipient recipient = new Recipient(issuer, identifier, clock.instant());
        if (linkedAccount != null) {
            recipient.linkTo(linkedAccount);
        }
        return persist(recipient);
    }

    /** An award issued {@code daysAgo} days ago, either PENDING or accepted a few hours after it was issued. */
    Award award(Badge badge, Recipient recipient, AwardStatus status, int daysAgo, Account issuedBy) {
        Instant issuedAt = clock.instant().minus(Duration.ofDays(daysAgo));
        Award award = new Award(badge, recipient, AwardStatus.PENDING, issuedAt, issuedAt,
                badge.defaultExpiry(issuedAt));
        if (status == AwardStatus.ACCEPTED) {
            award.accept(issuedAt.plus(Duration.ofHours(2)));
        } else if (status != AwardStatus.PENDING) {
            throw new IllegalArgumentException("Demo awards are pending or accepted");
        }
        award.setIssuedBy(issuedBy);
        return persist(award);
    }

    /** Writes a new row of any module: the demo is the one place that knows every entity. */
    <T> T persist(T entity) {
        entities.persist(entity);
        return entity;
    }
}
