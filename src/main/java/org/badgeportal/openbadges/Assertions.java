package org.badgeportal.openbadges;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.badges.Badge;
import org.badgeportal.images.ImageService;
import org.badgeportal.images.StoredImage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hosted {@code Assertion} of one award. Only accepted awards have one; a revoked award says so (410);
 * pending, declined and unknown awards do not exist here, whoever asks.
 */
@Service
@Transactional(readOnly = true)
class Assertions {

    private final ObQueries queries;
    private final ObLinks links;

    Assertions(ObQueries queries, ObLinks links) {
        this.queries = queries;
        this.links = links;
    }

    Published assertion(String publicId) {
        return publish(queries.findAward(publicId), false);
    }

    /** {@link #assertion} with the badge's art for a baked image. */
    Published forBaking(String publicId) {
        return publish(queries.findAwardWithImage(publicId), true);
    }

    private Published publish(Optional<Award> found, boolean withArt) {
        if (found.isEmpty()) {
            return new Published.Missing();
        }
        Award award = found.get();
        if (award.getStatus() == AwardStatus.REVOKED) {
            return new Published.Revoked(new ObDocuments.RevokedAssertion(links.assertion(award.getPublicId()),
                    award.getRevocationReason()));
        }
        if (award.getStatus() != AwardStatus.ACCEPTED) {
            return new Published.Missing();
        }
        return new Published.Found(documentOf(award), withArt ? artOf(award.getBadge()) : null);
    }

    private ObDocuments.Assertion documentOf(Award award) {
        Badge badge = award.getBadge();
        String publicId = award.getPublicId();
        List<String> evidence = award.getEvidence().stream().filter(ImageService::isHttpUrl).toList();
        return new ObDocuments.Assertion(links.assertion(publicId), RecipientIdentity.of(award, links),
                links.badgeClass(badge.getIssuer().getSlug(), badge.getSlug()), dateTime(award.getIssuedAt()),
                dateTime(award.getExpiresAt()), IssuerDocuments.blankToNull(award.getNarrative()), evidence,
                links.bakedPng(publicId));
    }

    private static BadgeArt artOf(Badge badge) {
        StoredImage image = badge.getImage();
        return new BadgeArt(badge.getSlug(), badge.getName(), badge.getBackgroundColor(),
                image == null ? null : image.getContentType(), image == null ? null : image.getBytes());
    }

    /** ISO 8601 in UTC to the second, the form every Open Badges validator reads. */
    private static String dateTime(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
