package org.badgeportal.badges;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.badgeportal.images.ImageInput;

/** A badge form after parsing and checking: what will be written to the badge. Optional texts are null, not "". */
record BadgeDraft(
        String slug,
        String name,
        String strapline,
        String earnerDescription,
        String consumerDescription,
        String type,
        String issuerUrl,
        String rubricUrl,
        String criteriaUrl,
        Integer timeValue,
        TimeUnits timeUnits,
        Integer limit,
        boolean unique,
        boolean listed,
        String backgroundColor,
        Integer validityDays,
        String shareText,
        Program program,
        Set<String> categories,
        Set<String> tags,
        List<Criterion> criteria,
        Map<String, String> customFields,
        ImageInput image) {

    /** Copies everything but the image (which needs storing first) onto the badge. */
    void applyTo(Badge badge) {
        badge.setSlug(slug);
        badge.setName(name);
        badge.setStrapline(strapline);
        badge.setEarnerDescription(earnerDescription);
        badge.setConsumerDescription(consumerDescription);
        badge.setType(type);
        badge.setIssuerUrl(issuerUrl);
        badge.setRubricUrl(rubricUrl);
        badge.setCriteriaUrl(criteriaUrl);
        badge.setTime(timeValue, timeUnits);
        badge.setLimit(limit);
        badge.setUnique(unique);
        badge.setListed(listed);
        badge.setBackgroundColor(backgroundColor);
        badge.setValidityDays(validityDays);
        badge.setShareText(shareText);
        badge.setProgram(program);
        badge.replaceCategories(categories);
        badge.replaceTags(tags);
        badge.replaceCriteria(criteria);
        badge.replaceCustomFields(customFields);
    }
}
