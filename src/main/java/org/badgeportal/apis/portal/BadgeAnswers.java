package org.badgeportal.apis.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The bodies of the portal API's badge endpoints, as records, so that their OpenAPI schemas come from the types. */
final class BadgeAnswers {

    private BadgeAnswers() {
    }

    /** {@code GET /api/v1/badges}. */
    @Schema(name = "BadgeList")
    record Listed(List<BadgeJson> badges) {
    }

    /** {@code GET /api/v1/badges/{slug}}. */
    @Schema(name = "OneBadge")
    record One(BadgeJson badge) {
    }

    /** A badge created, updated or deleted, as it is (or was, for a deletion). */
    @Schema(name = "BadgeChange")
    record Changed(@Schema(allowableValues = {"created", "updated", "deleted"}) String status, BadgeJson badge) {

        static Changed created(BadgeJson badge) {
            return new Changed("created", badge);
        }

        static Changed updated(BadgeJson badge) {
            return new Changed("updated", badge);
        }

        static Changed deleted(BadgeJson badge) {
            return new Changed("deleted", badge);
        }
    }

    /** {@code PUT /api/v1/badges/{slug}/share-text}: the text now set, or null when cleared. */
    @Schema(name = "ShareTextChange")
    record ShareText(@Schema(example = "updated") String status, String shareText) {
    }

    /** The body of {@code PUT /api/v1/badges/{slug}/share-text} (badges.ninja wraps it in {@code parameters}). */
    @Schema(name = "ShareTextRequest")
    record ShareTextRequest(@Schema(description = "plain text, at most 500 characters; empty clears it",
            example = "I earned the Reading Badge!") String text) {
    }
}
