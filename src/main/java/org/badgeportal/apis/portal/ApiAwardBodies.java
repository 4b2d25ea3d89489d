package org.badgeportal.apis.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.BulkOutcome;
import org.badgeportal.awards.Transition;
import tools.jackson.databind.JsonNode;

/** The JSON bodies of the portal API's award endpoints ({@code /api/v1/badges/{slug}/awards}, {@code /api/v1/awards}). */
final class ApiAwardBodies {

    private ApiAwardBodies() {
    }

    /** One recipient's award: {@code expiresAt} a date (valid through that day, UTC) or an instant. */
    record RecipientInput(String recipient, String narrative, List<String> evidence, String expiresAt,
                          @Schema(description = "any JSON, kept on the award", implementation = Object.class)
                          JsonNode payload) {
    }

    /** Either one recipient (the fields of {@link RecipientInput}) or {@code recipients}, never both. */
    record AwardsRequest(String recipient, String narrative, List<String> evidence, String expiresAt,
                         @Schema(description = "any JSON, kept on the award", implementation = Object.class)
                         JsonNode payload, List<RecipientInput> recipients) {
    }

    /** The award made for a recipient. */
    record AwardLink(String id, AwardStatus status, String url) {
    }

    /** One recipient's outcome, in the order of the request; {@code message} says why nothing was awarded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecipientResult(String recipient, BulkOutcome outcome, String message, AwardLink award) {
    }

    record AwardsResponse(List<RecipientResult> results, long awarded) {
    }

    record RevokeRequest(String reason) {
    }

    /** One award as its issuer or its recipient sees it; {@code payload} is the JSON the issuer sent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AwardView(String id, String badge, String issuer, String recipient, AwardStatus status, boolean expired,
                     Instant issuedAt, Instant expiresAt, String narrative, List<String> evidence,
                     @JsonRawValue @Schema(description = "the JSON the issuer sent, as it was sent", implementation = Object.class)
                     String payload, Instant respondedAt, Instant revokedAt, String revocationReason,
                     String url) {
    }

    record AwardPage(List<AwardView> awards, int page, int size, long total) {
    }

    /** What accept, decline or revoke did: the state before and after (equal when nothing changed). */
    record TransitionView(String id, AwardStatus previousStatus, AwardStatus status) {

        static TransitionView of(Transition transition) {
            return new TransitionView(transition.publicId(), transition.from(), transition.to());
        }
    }
}
