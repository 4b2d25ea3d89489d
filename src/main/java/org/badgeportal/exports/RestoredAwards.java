package org.badgeportal.exports;

import static org.badgeportal.exports.RestoreWriter.ID;
import static org.badgeportal.exports.RestoreWriter.INT;
import static org.badgeportal.exports.RestoreWriter.TEXT;
import static org.badgeportal.exports.RestoreWriter.TIME;
import static org.badgeportal.exports.RestoreWriter.time;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.RecipientKind;
import org.badgeportal.images.ImageService;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The second half of one restore ({@link IssuerRestore}): the recipients of the restored issuer, linked to the
 * accounts whose verified address they are, and their awards with evidence, written in batches. Award ids must
 * be new to this installation; a taken one refuses the whole file.
 */
final class RestoredAwards {

    private final RestoreWriter writer;
    private final RestoreWriter.Ids ids;
    private final Accounts accounts;
    private final long issuerId;
    private final Map<String, Long> badgeIds;
    private final Map<String, Long> recipientIds = new HashMap<>();
    private final Map<String, Optional<Long>> issuers = new HashMap<>();
    private final Set<String> awardIds = new HashSet<>();
    private final List<Object[]> pendingRecipients = new ArrayList<>();
    private final List<Object[]> pendingAwards = new ArrayList<>();
    private final List<Object[]> pendingEvidence = new ArrayList<>();
    private final RestoreWriter.Batch recipients;
    private final RestoreWriter.Batch awards;
    private final RestoreWriter.Batch evidence;
    private long awardCount;

    /** For the issuer with that id, whose badges (by slug) are {@code badgeIds}. */
    RestoredAwards(RestoreWriter writer, RestoreWriter.Ids ids, Accounts accounts, long issuerId,
                   Map<String, Long> badgeIds) {
        this.writer = writer;
        this.ids = ids;
        this.accounts = accounts;
        this.issuerId = issuerId;
        this.badgeIds = badgeIds;
        this.recipients = writer.batch("""
                insert into recipient (id, issuer_id, identifier, identifier_kind, account_id, claim_token_hash,
                                       created_at) values (?, ?, ?, ?, ?, ?, ?)""",
                ID, ID, TEXT, TEXT, ID, TEXT, TIME);
        this.awards = writer.batch("""
                insert into award (id, version, public_id, badge_id, recipient_id, issuer_id, status, narrative,
                                   payload, issued_at, valid_from, expires_at, responded_at, revoked_at,
                                   revocation_reason, issued_by)
                values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                ID, TEXT, ID, ID, ID, TEXT, TEXT, TEXT, TIME, TIME, TIME, TIME, TIME, TEXT, ID);
        this.evidence = writer.batch(
                "insert into award_evidence (award_id, position, url) values (?, ?, ?)", ID, INT, TEXT);
    }

    long recipientCount() {
        return recipientIds.size();
    }

    long awardCount() {
        return awardCount;
    }

    void recipient(RestoreInput in) {
        RecipientKind kind = in.choice("kind", RecipientKind.class, true);
        String identifier = in.required("identifier", 320);
        if (RecipientKind.of(identifier) != kind) {
            throw RestoreRefusedException.notAnExport(in.path("kind"));
        }
        long id = ids.next();
        if (recipientIds.putIfAbsent(identifier, id) != null) {
            throw RestoreRefusedException.notAnExport(in.path("identifier"));
        }
        pendingRecipients.add(new Object[] {id, issuerId, identifier, kind.name(), null,
                in.text("claimTokenHash", 64), time(in.instant("createdAt", true))});
        if (pendingRecipients.size() >= RestoreWriter.BATCH) {
            flushRecipients();
        }
    }

    /** Recipients with an email address are linked to the account whose verified address it is. */
    void flushRecipients() {
        List<String> emails = new ArrayList<>();
        for (Object[] row : pendingRecipients) {
            if (RecipientKind.EMAIL.name().equals(row[3])) {
                emails.add((String) row[2]);
            }
        }
        Map<String, Long> linked = new HashMap<>();
        if (!emails.isEmpty()) {
            new NamedParameterJdbcTemplate(writer.jdbc()).query(
                    "select id, email from account where email_verified = true and email in (:emails)",
                    Map.of("emails", emails), rs -> {
                        linked.put(rs.getString(2), rs.getLong(1));
                    });
        }
        for (Object[] row : pendingRecipients) {
            row[4] = linked.get((String) row[2]);
            recipients.add(row);
        }
        pendingRecipients.clear();
        recipients.flush();
    }

    void award(RestoreInput in) {
        String publicId = in.required("id", 36);
        if (!awardIds.add(publicId)) {
            throw new RestoreRefusedException("file", "awardExists", publicId);
        }
        Long badgeId = badgeIds.get(in.required("badge", 50));
        Long recipientId = recipientIds.get(in.required("recipient", 320));
        if (badgeId == null || recipientId == null) {
            throw RestoreRefusedException.notAnExport(in.path(badgeId == null ? "badge" : "recipient"));
        }
        long id = ids.next();
        pendingAwards.add(new Object[] {id, publicId, badgeId, recipientId, issuerId,
                in.choice("status", AwardStatus.class, true).name(), in.text("narrative", 4000),
                in.text("payload", 20000), time(in.instant("issuedAt", true)), time(in.instant("validFrom", true)),
                time(in.instant("expiresAt", false)), time(in.instant("respondedAt", false)),
                time(in.instant("revokedAt", false)), in.text("revocationReason", 500),
                issuedBy(in.text("issuedBy", 320))});
        int position = 0;
        for (JsonNode url : in.array("evidence")) {
            String value = RestoreInput.element(url, in.path("evidence"), 2048);
            if (!ImageService.isHttpUrl(value)) {
                throw RestoreRefusedException.notAnExport(in.path("evidence"));
            }
            pendingEvidence.add(new Object[] {id, position++, value});
        }
        if (pendingAwards.size() >= RestoreWriter.BATCH) {
            flushAwards();
        }
    }

    /** Refuses the file if any award id of the batch exists here, then writes the batch. */
    void flushAwards() {
        if (pendingAwards.isEmpty()) {
            return;
        }
        List<String> publicIds = pendingAwards.stream().map(row -> (String) row[1]).toList();
        List<String> taken = new NamedParameterJdbcTemplate(writer.jdbc()).queryForList(
                "select public_id from award where public_id in (:ids)", Map.of("ids", publicIds), String.class);
        if (!taken.isEmpty()) {
            throw new RestoreRefusedException("file", "awardExists", taken.get(0));
        }
        pendingAwards.forEach(awards::add);
        awards.flush();
        awardCount += pendingAwards.size();
        pendingAwards.clear();
        pendingEvidence.forEach(evidence::add);
        evidence.flush();
        pendingEvidence.clear();
    }

    private Long issuedBy(String email) {
        if (email == null) {
            return null;
        }
        return issuers.computeIfAbsent(email, address -> accounts.byEmail(address).map(Account::getId))
            .orElse(null);
    }
}
