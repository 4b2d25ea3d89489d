package org.badgeportal.awards;

import java.time.Instant;
import java.util.List;
import org.badgeportal.badges.Badge;

/**
 * One award to make: the badge, who receives it (an email address or a site user name) and the optional
 * details. {@code validFrom} defaults to now, {@code expiresAt} to the badge's default validity. {@code issuedBy}
 * is the acting account, or null when an API key acts for the issuer.
 */
public record AwardRequest(Long badgeId, String recipient, String narrative, List<String> evidence,
                           Instant validFrom, Instant expiresAt, String payload, Long issuedBy) {

    public AwardRequest {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static AwardRequest of(Long badgeId, String recipient) {
        return new AwardRequest(badgeId, recipient, null, List.of(), null, null, null, null);
    }

    public static AwardRequest of(Badge badge, String recipient) {
        return of(badge.getId(), recipient);
    }

    public AwardRequest withNarrative(String narrative) {
        return new AwardRequest(badgeId, recipient, narrative, evidence, validFrom, expiresAt, payload, issuedBy);
    }

    public AwardRequest withEvidence(List<String> evidence) {
        return new AwardRequest(badgeId, recipient, narrative, evidence, validFrom, expiresAt, payload, issuedBy);
    }

    public AwardRequest withValidity(Instant validFrom, Instant expiresAt) {
        return new AwardRequest(badgeId, recipient, narrative, evidence, validFrom, expiresAt, payload, issuedBy);
    }

    public AwardRequest withPayload(String payload) {
        return new AwardRequest(badgeId, recipient, narrative, evidence, validFrom, expiresAt, payload, issuedBy);
    }

    public AwardRequest issuedBy(Long accountId) {
        return new AwardRequest(badgeId, recipient, narrative, evidence, validFrom, expiresAt, payload, accountId);
    }
}
