package org.badgeportal.apis.portal;

import java.util.Locale;
import org.badgeportal.apis.ApiError;
import org.badgeportal.apis.ApiException;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.BulkOutcome;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The award service's refusals as portal API errors, with the sentence of {@code messages/awards.properties}:
 * unknown things 404, rules of the lifecycle or the badge (revoked, unique, limit, archived, busy) 409, bad
 * input 400, anything else the actor may not do 403.
 */
@Component
class AwardApiErrors {

    private final MessageSource messages;

    AwardApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    ApiException of(AwardRefusedException refusal) {
        AwardRefusal reason = refusal.reason();
        String message = text("awards.refusal." + reason.name());
        return switch (reason) {
            case NOT_FOUND -> ApiException.notFound(message);
            case FORBIDDEN -> ApiException.forbidden(message);
            case BADGE_ARCHIVED, DUPLICATE_UNIQUE, OVER_LIMIT, REVOKED, BUSY ->
                    ApiException.conflict(message, java.util.Map.of("reason", reason.name()));
            case INVALID_REASON -> ApiException.invalid("reason", message, null);
            default -> new ApiException(new ApiError(HttpStatus.BAD_REQUEST, "BadRequest", message, null));
        };
    }

    String outcome(BulkOutcome outcome) {
        return text("awards.bulk." + outcome.name());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
