package org.badgeportal.apis.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The fields a badge call may send, for the OpenAPI document: BadgeKit's names, and badges.ninja's wrapped in
 * {@code parameters}. {@link BadgeApiInput} reads them from JSON, form fields or multipart parts alike (numbers
 * and flags may also come as text), so this record describes the body rather than being bound to it.
 */
@Schema(name = "BadgeFields", description = "On create, slug and name are required; on update, only the fields "
        + "sent change")
record BadgeFields(
        @Schema(example = "reading-badge") String slug,
        @Schema(example = "Reading Badge") String name,
        String strapline,
        String earnerDescription,
        String consumerDescription,
        @Schema(description = "badges.ninja: both descriptions at once") String description,
        @Schema(example = "skill") String type,
        String issuerUrl,
        String rubricUrl,
        String criteriaUrl,
        @Schema(description = "badges.ninja: the criteria as text, or a list of criteria") Object criteria,
        Integer timeValue,
        @Schema(description = "the unit of timeValue: minutes, hours, days or weeks") String timeUnits,
        @Schema(description = "most distinct recipients; 0 or null: no limit") Integer limit,
        Boolean unique,
        Boolean archived,
        Boolean listed,
        @Schema(example = "#ffcc00") String backgroundColor,
        @Schema(description = "how many days a new award stays valid") Integer validityDays,
        String shareText,
        @Schema(description = "the slug of one of the issuer's programs") String program,
        @Schema(description = "an http(s) address of the image") String imageUrl,
        @Schema(description = "a base64 data URI of the image (or, in multipart, the file itself)") String image,
        List<String> categories,
        List<String> tags,
        Map<String, Object> customFields,
        @Schema(description = "badges.ninja: every field above, wrapped") Map<String, Object> parameters) {
}
