package org.badgeportal.apis.portal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A badge as the portal API shows it: every field of the BadgeKit API (the issuer stands in for
 * BadgeKit's "system"), then the portal's own fields (colour, validity, share text, listing, program, custom
 * fields). {@code imageUrl} is always absolute.
 */
record BadgeJson(
        long id,
        String slug,
        String name,
        String strapline,
        String earnerDescription,
        String consumerDescription,
        String issuerUrl,
        String rubricUrl,
        Integer timeValue,
        String timeUnits,
        Integer limit,
        boolean unique,
        Instant created,
        String imageUrl,
        String type,
        boolean archived,
        SystemJson system,
        String criteriaUrl,
        List<CriterionJson> criteria,
        List<String> categories,
        List<String> tags,
        List<Object> milestones,
        String backgroundColor,
        Integer validityDays,
        String shareText,
        boolean listed,
        String program,
        Map<String, Object> customFields) {

    /** BadgeKit's system: here the issuer that owns the badge. */
    record SystemJson(long id, String slug, String url, String name, String email, String imageUrl,
                      List<Object> issuers) {
    }

    /** One criterion; {@code id} is its position (1, 2, ...) within the badge. */
    record CriterionJson(int id, String description, boolean required, String note) {
    }

    /** The fields 002 shows as the details of a 409 (the stored badge the new one collides with). */
    Map<String, Object> conflictDetails() {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("name", name);
        details.put("slug", slug);
        details.put("strapline", strapline);
        details.put("earnerDescription", earnerDescription);
        details.put("consumerDescription", consumerDescription);
        details.put("issuerUrl", issuerUrl);
        details.put("rubricUrl", rubricUrl);
        details.put("criteriaUrl", criteriaUrl);
        details.put("timeValue", timeValue);
        details.put("timeUnits", timeUnits);
        details.put("limit", limit);
        details.put("unique", unique);
        details.put("imageUrl", imageUrl);
        details.put("archived", archived);
        return details;
    }
}
