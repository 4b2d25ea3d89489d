package org.badgeportal.apis.lite;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The bodies of the lite badges API, as records, so that its OpenAPI schemas come from the types. */
final class LiteJson {

    private LiteJson() {
    }

    /** The answer of a call that returns nothing but success. */
    @Schema(name = "LiteDone")
    record Done(@Schema(example = "true") boolean status) {

        static final Done OK = new Done(true);
    }

    /** The answer of {@code GET /badges}. */
    @Schema(name = "LiteBadgesAnswer")
    record BadgesAnswer(@Schema(example = "true") boolean status, Badges content) {
    }

    /** The answer of {@code GET /counters}. */
    @Schema(name = "LiteCountersAnswer")
    record CountersAnswer(@Schema(example = "true") boolean status, Counters content) {
    }

    /** The content of {@code GET /badges}. */
    @Schema(name = "LiteBadges")
    record Badges(List<Badge> badges) {
    }

    /** One award as the lite API shows it. */
    @Schema(name = "LiteBadge")
    record Badge(
            @Schema(example = "profile/1") String name,
            @Schema(example = "1") String user,
            @Schema(description = "the JSON given when awarding, or null", implementation = Object.class)
            JsonNode payload,
            @Schema(description = "when it was awarded, UTC", example = "2020-06-20 08:43:16")
            @JsonProperty("created_at") String createdAt) {
    }

    /** The content of {@code GET /counters}: awards per badge name, {@code _all} for every badge. */
    @Schema(name = "LiteCounters")
    record Counters(@Schema(example = "{\"profile/1\": 1, \"_all\": 3}") Map<String, Long> counters) {
    }

    /** The parameters of every call, as a JSON body (or the same names as query parameters). */
    @Schema(name = "LiteParameters")
    record Parameters(
            @Schema(description = "the issuer's slug", example = "my_collection1",
                    requiredMode = Schema.RequiredMode.REQUIRED) String collection,
            @Schema(description = "the badge's name", example = "profile/1") String name,
            @Schema(description = "the user of the site", example = "1",
                    requiredMode = Schema.RequiredMode.REQUIRED) String user,
            @Schema(description = "GET /counters: badge names, an array or a comma-separated list; _all counts all")
            List<String> names,
            @Schema(description = "POST /badge: any JSON, kept on the award") Object payload) {
    }
}
