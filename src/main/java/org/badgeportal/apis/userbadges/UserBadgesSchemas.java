package org.badgeportal.apis.userbadges;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the UserBadges API's bodies for the OpenAPI document. The reads are served pre-serialised from
 * the embed's cache and badges carry the custom fields a site sent, so these records describe the wire format
 * rather than being serialised themselves.
 */
final class UserBadgesSchemas {

    private UserBadgesSchemas() {
    }

    @Schema(name = "UserBadgesBadge", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
            description = "A badge of the service, with its award figures; custom fields come back as they were sent")
    record Badge(@Schema(example = "donated") String name,
                 @Schema(example = "donated") String title,
                 @Schema(example = "User donated to site") String description,
                 @Schema(example = "gold") String type,
                 @Schema(description = "accepted, unexpired awards of the badge", example = "5") long count,
                 @Schema(description = "the latest of them, UTC", example = "2013-02-24T19:16:15.142Z") String latest,
                 @Schema(description = "the badge image's address, or null") String image,
                 @Schema(description = "the badge's page") String link) {
    }

    @Schema(name = "UserBadgesBadgeList")
    record BadgeList(List<Badge> badges) {
    }

    @Schema(name = "UserBadgesHolding", description = "How often and when last a user got one badge")
    record Holding(@Schema(example = "donated") String name, @Schema(example = "5") long count,
                   @Schema(example = "2013-02-24T19:16:15.142Z") String latest) {
    }

    @Schema(name = "UserBadgesUser")
    record User(@Schema(example = "daniel") String name, String latest, List<Holding> badges) {
    }

    @Schema(name = "UserBadgesUsers", description = "The badges the listed users hold, once each, and the users")
    record Users(Map<String, Badge> badges, List<User> users) {
    }

    @Schema(name = "UserBadgesBadgeDefinitions", description = "Badges to create or change, by name (a slug)")
    record BadgeDefinitions(List<Badge> badges) {
    }

    @Schema(name = "UserBadgesBadgeNames")
    record BadgeNames(@Schema(example = "[\"commenter\", \"popular\"]") List<String> badges) {
    }
}
