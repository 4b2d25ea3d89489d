package org.badgeportal.demo;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardRepository;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.Recipient;
import org.badgeportal.awards.RecipientRepository;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.BadgeRepository;
import org.badgeportal.images.StoredImage;
import org.badgeportal.images.StoredImageRepository;
import org.badgeportal.issuers.Issuer;
import org.springframework.stereotype.Component;

/** Writes the rows the demo consists of: badges with generated images, recipients and awards. */
@Component
class DemoRecords {

    private final BadgeRepository badges;
    private final StoredImageRepository images;
    private final RecipientRepository recipients;
    private final AwardRepository awards;
    private final Clock clock;

    DemoRecords(BadgeRepository badges, StoredImageRepository images, RecipientRepository recipients,
                AwardRepository awards, Clock clock) {
        this.badges = badges;
        this.images = images;
        this.recipients = recipients;
        this.awards = awards;
        this.clock = clock;
    }

    /** A listed badge with a generated image in {@code color}; {@code details} fills in the rest. */
    Badge badge(Issuer issuer, String slug, String name, Color color,
                Consumer<Badge> details) {
        Badge badge = new Badge(issuer, slug, name, clock.instant());
        badge.setListed(true);
        badge.useUploadedImage(image(name, color));
        details.accept(badge);
        return badges.save(badge);
    }

    StoredImage image(String name, Color color) {
        byte[] png = DemoBadgeImages.png(name, color);
        return images.save(new StoredImage("image/png", png, sha256Hex(png), clock.instant()));
    }

    Recipient recipient(Issuer issuer, String identifier, Account linkedAccount) {
        Recipient recipient = new Recipient(issuer, identifier, clock.instant());
        if (linkedAccount != null) {
            recipient.linkTo(linkedAccount);
        }
        return recipients.save(recipient);
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
        return awards.save(award);
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
