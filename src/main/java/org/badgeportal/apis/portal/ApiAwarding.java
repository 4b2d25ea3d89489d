package org.badgeportal.apis.portal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.apis.ApiException;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.BulkReport;
import org.badgeportal.awards.BulkRow;
import org.badgeportal.awards.BulkRowResult;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.BadgeQueries;
import org.badgeportal.system.PortalProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal API's awards: many recipients in one transaction through the bulk path, with optional
 * idempotency keys, and the reads of one award or a page of them. Refusals become {@link ApiException}s.
 */
@Service
@Transactional
class ApiAwarding {

    /** A call's answer, as stored for an idempotency key; {@code replayed} when it is a stored one. */
    record Answer(int status, byte[] body, boolean replayed) {
    }

    private final AwardService service;
    private final BadgeQueries badges;
    private final ApiAwardQueries queries;
    private final IdempotentRequests idempotent;
    private final AwardApiErrors errors;
    private final PortalProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    ApiAwarding(AwardService service, BadgeQueries badges, ApiAwardQueries queries,
                IdempotentRequests idempotent, AwardApiErrors errors, PortalProperties properties,
                JsonMapper json, Clock clock) {
        this.service = service;
        this.badges = badges;
        this.queries = queries;
        this.idempotent = idempotent;
        this.errors = errors;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Awards the rows; with a key, claims it first (a concurrent call with the same key waits on the unique key
     * and fails when this one commits) and stores the answer with the awards.
     */
    Answer award(IssuerCredential caller, String slug, List<BulkRow> rows, String key, String requestHash) {
        Badge badge = badges.find(caller.issuerSlug(), slug)
                .orElseThrow(() -> ApiException.notFound("No badge '" + slug + "' of this issuer"));
        IdempotentRequest claim = null;
        if (key != null) {
            Optional<IdempotentRequest> previous = idempotent.find(caller.issuerId(), key);
            if (previous.isPresent()) {
                return replay(previous.get(), requestHash);
            }
            claim = idempotent.saveAndFlush(new IdempotentRequest(caller.issuerId(), key, requestHash,
                    clock.instant()));
        }
        BulkReport report;
        try {
            report = service.commitForIssuer(badge.getId(), rows, caller.issuerId());
        } catch (AwardRefusedException e) {
            throw errors.of(e);
        }
        AwardStatus status = AwardService.initialStatus(badge.getIssuer());
        List<ApiAwardBodies.RecipientResult> results = new ArrayList<>(report.rows().size());
        for (BulkRowResult row : report.rows()) {
            results.add(row.outcome().awarded()
                    ? new ApiAwardBodies.RecipientResult(row.recipient(), row.outcome(), null,
                            new ApiAwardBodies.AwardLink(row.awardPublicId(), status, url(row.awardPublicId())))
                    : new ApiAwardBodies.RecipientResult(row.recipient(), row.outcome(),
                            errors.outcome(row.outcome()), null));
        }
        long awarded = report.awarded();
        int code = awarded > 0 ? HttpStatus.CREATED.value() : HttpStatus.OK.value();
        byte[] body = json.writeValueAsBytes(new ApiAwardBodies.AwardsResponse(results, awarded));
        if (claim != null) {
            claim.answer(code, body);
        }
        return new Answer(code, body, false);
    }

    /** The stored answer for a key used before (after a concurrent call with that key committed). */
    @Transactional(readOnly = true)
    Answer stored(Long issuerId, String key, String requestHash) {
        return idempotent.find(issuerId, key).map(previous -> replay(previous, requestHash))
                .orElseThrow(() -> ApiException.conflict(
                        "Another request with this Idempotency-Key is in progress; try again", null));
    }

    private static Answer replay(IdempotentRequest previous, String requestHash) {
        if (!previous.getRequestHash().equals(requestHash)) {
            throw ApiException.conflict(
                    "This Idempotency-Key was already used with a different request body", null);
        }
        return new Answer(previous.getStatusCode(), previous.getResponseBody(), true);
    }

    // ------------------------------------------------------------------ reads and lifecycle

    @Transactional(readOnly = true)
    ApiAwardBodies.AwardPage list(Long issuerId, AwardStatus status, String badge, String recipient, int page,
                                  int size) {
        Page<Award> found = queries.search(issuerId, status, badge, recipient,
                PageRequest.of(page, size, ApiAwardQueries.NEWEST_FIRST));
        return new ApiAwardBodies.AwardPage(views(found.getContent()), page, size, found.getTotalElements());
    }

    @Transactional(readOnly = true)
    ApiAwardBodies.AwardView forIssuer(String publicId, Long issuerId) {
        return views(List.of(queries.findForIssuer(publicId, issuerId).orElseThrow(ApiAwarding::notFound))).get(0);
    }

    @Transactional(readOnly = true)
    ApiAwardBodies.AwardView forRecipient(String publicId, Long accountId) {
        return views(List.of(queries.findForRecipient(publicId, accountId).orElseThrow(ApiAwarding::notFound)))
                .get(0);
    }

    ApiAwardBodies.TransitionView revoke(String publicId, String reason, Long issuerId) {
        try {
            return ApiAwardBodies.TransitionView.of(service.revokeForIssuer(publicId, reason, issuerId));
        } catch (AwardRefusedException e) {
            throw errors.of(e);
        }
    }

    /** Accept or decline by the recipient: an award the account did not receive is 404 (it is not theirs). */
    ApiAwardBodies.TransitionView respond(String publicId, Long accountId, boolean accept) {
        if (queries.findForRecipient(publicId, accountId).isEmpty()) {
            throw notFound();
        }
        try {
            return ApiAwardBodies.TransitionView.of(accept
                    ? service.accept(publicId, accountId) : service.decline(publicId, accountId));
        } catch (AwardRefusedException e) {
            throw errors.of(e);
        }
    }

    private List<ApiAwardBodies.AwardView> views(List<Award> awards) {
        Map<Long, List<String>> evidence = new HashMap<>();
        if (!awards.isEmpty()) {
            for (Object[] row : queries.evidenceOf(awards.stream().map(Award::getId).toList())) {
                evidence.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
            }
        }
        var now = clock.instant();
        return awards.stream().map(a -> new ApiAwardBodies.AwardView(a.getPublicId(), a.getBadge().getSlug(),
                a.getBadge().getIssuer().getSlug(), a.getRecipient().getIdentifier(), a.getStatus(),
                a.isExpired(now), a.getIssuedAt(), a.getExpiresAt(), a.getNarrative(),
                evidence.getOrDefault(a.getId(), List.of()), a.getPayload(), a.getRespondedAt(), a.getRevokedAt(),
                a.getRevocationReason(), url(a.getPublicId()))).toList();
    }

    private String url(String publicId) {
        return properties.link("/awards/" + publicId);
    }

    private static ApiException notFound() {
        return ApiException.notFound("No such award");
    }
}
