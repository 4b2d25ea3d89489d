package org.badgeportal.apis.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.badgeportal.apikeys.ApiCredential;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.apikeys.PersonalCredential;
import org.badgeportal.apis.ApiCallers;
import org.badgeportal.apis.ApiException;
import org.badgeportal.awards.AwardInput;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.BulkRow;
import org.badgeportal.system.Digests;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal API's awards: award one or many recipients (issuer key), list, get and revoke (issuer key), and
 * accept or decline (the recipient's personal token). Another issuer's award is 404 as if it did not exist.
 */
@RestController
class AwardsApiController implements AwardsApiDocs {

    static final int MAX_RECIPIENTS = 10_000;
    static final int MAX_KEY = 255;
    static final int MAX_PAGE_SIZE = 100;

    private final ApiAwarding awarding;
    private final JsonMapper json;

    AwardsApiController(ApiAwarding awarding, JsonMapper json) {
        this.awarding = awarding;
        this.json = json;
    }

    @Override
    public ResponseEntity<byte[]> award(String slug, String key, ApiAwardBodies.AwardsRequest request) {
        IssuerCredential caller = ApiCallers.issuer();
        List<BulkRow> rows = rows(request);
        String idempotencyKey = key == null || key.isBlank() ? null : key.strip();
        if (idempotencyKey != null && idempotencyKey.length() > MAX_KEY) {
            throw ApiException.invalid("Idempotency-Key", "At most " + MAX_KEY + " characters", null);
        }
        String hash = idempotencyKey == null ? null : Digests.sha256Hex(new String(json.writeValueAsBytes(request),
                java.nio.charset.StandardCharsets.UTF_8));
        ApiAwarding.Answer answer;
        try {
            answer = awarding.award(caller, slug, rows, idempotencyKey, hash);
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            if (idempotencyKey == null) {
                throw e;
            }
            // A concurrent call with the same key committed first (or still runs): answer as a retry would.
            answer = awarding.stored(caller.issuerId(), idempotencyKey, hash);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON);
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(answer.body());
    }

    @Override
    public ApiAwardBodies.AwardPage list(AwardStatus status, String badge, String recipient, int page, int size) {
        IssuerCredential caller = ApiCallers.issuer();
        if (page < 0 || page > 1_000_000) {
            throw ApiException.invalid("page", "A page number from 0", page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.invalid("size", "A page size from 1 to " + MAX_PAGE_SIZE, size);
        }
        String who = blankToNull(recipient);
        if (who != null && AwardInput.isEmailLike(who)) {
            who = who.toLowerCase(java.util.Locale.ROOT);
        }
        return awarding.list(caller.issuerId(), status, blankToNull(badge), who, page, size);
    }

    @Override
    public ApiAwardBodies.AwardView get(String id) {
        ApiCredential caller = ApiCallers.current()
                .orElseThrow(() -> ApiException.unauthorized("An API key or a personal access token is required"));
        if (caller instanceof IssuerCredential issuer) {
            return awarding.forIssuer(id, issuer.issuerId());
        }
        return awarding.forRecipient(id, ((PersonalCredential) caller).accountId());
    }

    @Override
    public ApiAwardBodies.TransitionView revoke(String id, ApiAwardBodies.RevokeRequest request) {
        IssuerCredential caller = ApiCallers.issuer();
        return awarding.revoke(id, request.reason(), caller.issuerId());
    }

    @Override
    public ApiAwardBodies.TransitionView accept(String id) {
        return awarding.respond(id, ApiCallers.person().accountId(), true);
    }

    @Override
    public ApiAwardBodies.TransitionView decline(String id) {
        return awarding.respond(id, ApiCallers.person().accountId(), false);
    }

    // ------------------------------------------------------------------ input

    private List<BulkRow> rows(ApiAwardBodies.AwardsRequest request) {
        if (request == null) {
            throw ApiException.invalid("recipient", "Give a recipient or a list of recipients", null);
        }
        if (request.recipients() == null) {
            if (request.recipient() == null) {
                throw ApiException.invalid("recipient", "Give a recipient or a list of recipients", null);
            }
            return List.of(row(1, new ApiAwardBodies.RecipientInput(request.recipient(), request.narrative(),
                    request.evidence(), request.expiresAt(), request.payload())));
        }
        if (request.recipient() != null) {
            throw ApiException.invalid("recipient", "Give either recipient or recipients, not both",
                    request.recipient());
        }
        int count = request.recipients().size();
        if (count == 0 || count > MAX_RECIPIENTS) {
            throw ApiException.invalid("recipients", "From 1 to " + MAX_RECIPIENTS + " recipients per call", count);
        }
        List<BulkRow> rows = new ArrayList<>(count);
        int line = 1;
        for (ApiAwardBodies.RecipientInput input : request.recipients()) {
            rows.add(row(line++, input == null ? new ApiAwardBodies.RecipientInput(null, null, null, null, null)
                    : input));
        }
        return rows;
    }

    private BulkRow row(int line, ApiAwardBodies.RecipientInput input) {
        List<String> evidence = input.evidence() == null ? List.of()
                : input.evidence().stream().filter(Objects::nonNull).toList();
        return new BulkRow(line, input.recipient(), input.narrative(), evidence, input.expiresAt(),
                payload(input.payload()));
    }

    private String payload(JsonNode payload) {
        return payload == null || payload.isNull() || payload.isMissingNode() ? null : json.writeValueAsString(payload);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
