package org.badgeportal.catalogue;

import java.util.List;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.Criterion;
import org.badgeportal.badges.TimeUnits;
import org.badgeportal.system.HttpUrls;

/**
 * Everything a badge's public page shows, read inside the transaction. Assessors' notes on criteria are left
 * out on purpose: they never leave the issuer's dashboard. URLs are null unless http(s).
 */
public record BadgeDetails(String slug, String name, String strapline, String imageSrc, String color,
                           IssuerSummary issuer, String earnerDescription, String consumerDescription,
                           List<CriterionItem> criteria, String criteriaUrl, String rubricUrl, Integer timeValue,
                           TimeUnits timeUnits, Integer limit, boolean unique, Integer validityDays,
                           List<String> categories, List<String> tags, String shareText, String programName,
                           boolean archived) {

    /** One criteria item as the public sees it: what to do and whether it is required. */
    public record CriterionItem(String description, boolean required) {

        static CriterionItem of(Criterion criterion) {
            return new CriterionItem(criterion.getDescription(), criterion.isRequired());
        }
    }

    static BadgeDetails of(Badge badge) {
        var issuer = badge.getIssuer();
        Long imageId = badge.getImage() == null ? null : badge.getImage().getId();
        return new BadgeDetails(badge.getSlug(), badge.getName(), badge.getStrapline(),
                PublicLinks.imageSrc(imageId, badge.getImageUrl()), PublicLinks.colorOrNull(badge.getBackgroundColor()),
                new IssuerSummary(issuer.getSlug(), issuer.getName(), issuer.isVerified()),
                badge.getEarnerDescription(), badge.getConsumerDescription(),
                badge.getCriteria().stream().map(CriterionItem::of).toList(),
                HttpUrls.httpUrlOrNull(badge.getCriteriaUrl()), HttpUrls.httpUrlOrNull(badge.getRubricUrl()),
                badge.getTimeValue(), badge.getTimeUnits(), badge.getLimit(), badge.isUnique(),
                badge.getValidityDays(), List.copyOf(badge.getCategories()), List.copyOf(badge.getTags()),
                badge.getShareText(), badge.getProgram() == null ? null : badge.getProgram().getName(),
                badge.isArchived());
    }

    /** Whether the side panel has anything to show (a heading over nothing confuses readers). */
    public boolean hasDetails() {
        return programName != null || hasTime() || !categories.isEmpty() || !tags.isEmpty()
                || limit != null || unique || validityDays != null;
    }

    public boolean hasTime() {
        return timeValue != null && timeUnits != null;
    }
}
