package org.badgeportal.openbadges;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.BadgeQueries;
import org.badgeportal.badges.Criterion;
import org.badgeportal.images.ImageService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A badge's {@code BadgeClass}, for every badge that has a public page (unlisted and archived ones too). */
@Service
@Transactional(readOnly = true)
class BadgeClasses {

    private final BadgeQueries badges;
    private final ObLinks links;

    BadgeClasses(BadgeQueries badges, ObLinks links) {
        this.badges = badges;
        this.links = links;
    }

    Optional<ObDocuments.BadgeClass> badgeClass(String issuerSlug, String badgeSlug) {
        return badges.find(issuerSlug, badgeSlug).map(this::documentOf);
    }

    private ObDocuments.BadgeClass documentOf(Badge badge) {
        String issuerSlug = badge.getIssuer().getSlug();
        return new ObDocuments.BadgeClass(links.badgeClass(issuerSlug, badge.getSlug()), badge.getName(),
                description(badge), image(badge, links), criteria(badge), links.profile(issuerSlug),
                List.copyOf(badge.getTags()));
    }

    /** The specification requires a description: the best one the badge has, at worst its name. */
    static String description(Badge badge) {
        return Stream.of(badge.getConsumerDescription(), badge.getEarnerDescription(), badge.getStrapline())
                .map(IssuerDocuments::blankToNull)
                .filter(text -> text != null)
                .findFirst()
                .orElse(badge.getName());
    }

    /** The portal's copy of an upload, the issuer's http(s) address, or the portal's default badge picture. */
    static String image(Badge badge, ObLinks links) {
        if (badge.getImage() != null) {
            return links.image(badge.getImage().getId());
        }
        return ImageService.isHttpUrl(badge.getImageUrl()) ? badge.getImageUrl() : links.defaultBadgeImage();
    }

    /** The criteria page when the badge names one; the criteria list as Markdown; the badge page if neither. */
    private ObDocuments.Criteria criteria(Badge badge) {
        String url = ImageService.isHttpUrl(badge.getCriteriaUrl()) ? badge.getCriteriaUrl() : null;
        String narrative = badge.getCriteria().stream()
                .map(Criterion::getDescription)
                .map(IssuerDocuments::blankToNull)
                .filter(text -> text != null)
                .map(text -> "- " + text)
                .collect(Collectors.joining("\n"));
        if (url == null && narrative.isEmpty()) {
            url = links.badgePage(badge.getIssuer().getSlug(), badge.getSlug());
        }
        return new ObDocuments.Criteria(url, narrative.isEmpty() ? null : narrative);
    }
}
