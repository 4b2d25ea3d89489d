package org.badgeportal.awards.bulk;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardInput;
import org.badgeportal.awards.AwardIssued;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.BulkOutcome;
import org.badgeportal.awards.BulkReport;
import org.badgeportal.awards.BulkRow;
import org.badgeportal.awards.BulkRowResult;
import org.badgeportal.awards.Recipient;
import org.badgeportal.awards.lifecycle.AwardLocks;
import org.badgeportal.awards.lifecycle.AwardRepository;
import org.badgeportal.awards.lifecycle.Locking;
import org.badgeportal.awards.lifecycle.Members;
import org.badgeportal.awards.recipients.RecipientRepository;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.Issuer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Bulk awards for {@link AwardService}: plans every row against the badge's rules (the same as for one award,
 * counting the earlier rows of the upload), and writes the valid rows with batched inserts. Existing recipients
 * are loaded in chunks of {@value #CHUNK} identifiers, never one query per row; the persistence context is
 * flushed and cleared every {@value #FLUSH_EVERY} awards to keep memory flat.
 * <p>
 * Planning and writing stay in one class, a little over the usual size: the plan is the list of rows the write
 * inserts, and both must count the upload's earlier rows against {@code unique} and {@code limit} the same way.
 */
@Component
public class BulkAwards {

    /** Most rows one upload may have. */
    static final int MAX_ROWS = 20_000;
    static final int CHUNK = 1000;
    static final int FLUSH_EVERY = 500;

    private final EntityManager em;
    private final AwardRepository awards;
    private final RecipientRepository recipients;
    private final AwardLocks locks;
    private final Members members;
    private final AwardInput input;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BulkAwards(EntityManager em, AwardRepository awards, RecipientRepository recipients, AwardLocks locks,
               Members members, AwardInput input, ApplicationEventPublisher events, Clock clock) {
        this.em = em;
        this.input = input;
        this.awards = awards;
        this.recipients = recipients;
        this.locks = locks;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    public BulkReport dryRun(Long badgeId, List<BulkRow> rows) {
        checkSize(rows);
        Badge badge = badgeId == null ? null : em.find(Badge.class, badgeId);
        if (badge == null) {
            throw new AwardRefusedException(AwardRefusal.NOT_FOUND);
        }
        requireNotArchived(badge);
        List<Planned> plan = plan(badge, rows, AwardService.micros(clock.instant())).rows();
        return new BulkReport(plan.stream().map(p -> p.result(null)).toList(), false);
    }

    public BulkReport commit(Long badgeId, List<BulkRow> rows, Long actorAccountId) {
        return commit(badgeId, rows, actorAccountId, issuer -> members.require(issuer, actorAccountId));
    }

    /** A commit for an issuer's API key: the badge must belong to that issuer; no account issues the awards. */
    public BulkReport commitForIssuer(Long badgeId, List<BulkRow> rows, Long issuerId) {
        return commit(badgeId, rows, null, issuer -> {
            if (!issuer.getId().equals(issuerId)) {
                throw new AwardRefusedException(AwardRefusal.NOT_FOUND);
            }
        });
    }

    private BulkReport commit(Long badgeId, List<BulkRow> rows, Long actorAccountId,
                              java.util.function.Consumer<Issuer> authorise) {
        checkSize(rows);
        if (badgeId == null) {
            throw new AwardRefusedException(AwardRefusal.NOT_FOUND);
        }
        Badge badge = Locking.lock(() -> locks.lockBadge(badgeId));
        requireNotArchived(badge);
        Issuer issuer = badge.getIssuer();
        authorise.accept(issuer);
        // Lock order badge, then issuer: recipients found now cannot be created by anyone else until we commit.
        Locking.lock(() -> locks.lockIssuer(issuer.getId()));
        Instant now = AwardService.micros(clock.instant());
        Plan plan = plan(badge, rows, now);
        Map<String, Long> accountByEmail = verifiedAccounts(plan);
        AwardStatus status = AwardService.initialStatus(issuer);
        Long issuerId = issuer.getId();

        Map<String, Long> recipientIds = new HashMap<>();
        plan.existing().forEach((identifier, recipient) -> {
            Long accountId = accountByEmail.get(identifier);
            if (recipient.getAccount() == null && accountId != null) {
                recipient.linkTo(em.getReference(Account.class, accountId));
            }
            recipientIds.put(identifier, recipient.getId());
        });

        List<BulkRowResult> results = new ArrayList<>(plan.rows().size());
        int written = 0;
        for (Planned row : plan.rows()) {
            if (!row.outcome().awarded()) {
                results.add(row.result(null));
                continue;
            }
            Long recipientId = recipientIds.computeIfAbsent(row.identifier(),
                    identifier -> newRecipient(issuerId, identifier, accountByEmail.get(identifier), now));
            Award award = new Award(em.getReference(Badge.class, badgeId),
                    em.getReference(Recipient.class, recipientId), status, now, now, row.expiresAt());
            award.setNarrative(row.narrative());
            award.replaceEvidence(row.evidence());
            award.setPayload(row.payload());
            if (actorAccountId != null) {
                award.setIssuedBy(em.getReference(Account.class, actorAccountId));
            }
            em.persist(award);
            events.publishEvent(new AwardIssued(award.getId()));
            results.add(row.result(award.getPublicId()));
            if (++written % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        return new BulkReport(results, true);
    }

    private Long newRecipient(Long issuerId, String identifier, Long accountId, Instant now) {
        Recipient recipient = new Recipient(em.getReference(Issuer.class, issuerId), identifier, now);
        if (accountId != null) {
            recipient.linkTo(em.getReference(Account.class, accountId));
        }
        em.persist(recipient);
        return recipient.getId();
    }

    private static void checkSize(List<BulkRow> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new AwardRefusedException(AwardRefusal.TOO_MANY_ROWS);
        }
    }

    private static void requireNotArchived(Badge badge) {
        if (badge.isArchived()) {
            throw new AwardRefusedException(AwardRefusal.BADGE_ARCHIVED);
        }
    }

    /** Verified accounts for the email recipients that are new or not linked yet, by email. */
    private Map<String, Long> verifiedAccounts(Plan plan) {
        Set<String> emails = new LinkedHashSet<>();
        for (Planned row : plan.rows()) {
            Recipient existing = plan.existing().get(row.identifier());
            if (row.outcome().awarded() && AwardInput.isEmailLike(row.identifier())
                    && (existing == null || existing.getAccount() == null)) {
                emails.add(row.identifier());
            }
        }
        Map<String, Long> accounts = new HashMap<>();
        inChunks(emails, chunk -> recipients.findVerifiedAccounts(chunk))
                .forEach(account -> accounts.put(account.getEmail(), account.getId()));
        return accounts;
    }

    // ------------------------------------------------------------------ planning

    private record Plan(List<Planned> rows, Map<String, Recipient> existing) {
    }

    private record Planned(BulkRow row, BulkOutcome outcome, String identifier, String narrative,
                           List<String> evidence, Instant expiresAt, String payload) {

        static Planned refused(BulkRow row, BulkOutcome outcome) {
            return new Planned(row, outcome, null, null, List.of(), null, null);
        }

        Planned with(BulkOutcome newOutcome) {
            return new Planned(row, newOutcome, identifier, narrative, evidence, expiresAt, payload);
        }

        BulkRowResult result(String awardPublicId) {
            return new BulkRowResult(row.line(), row.recipient(), outcome, awardPublicId);
        }
    }

    private Plan plan(Badge badge, List<BulkRow> rows, Instant now) {
        List<Planned> checked = rows.stream().map(row -> check(badge, row, now)).toList();

        Set<String> identifiers = new LinkedHashSet<>();
        checked.stream().filter(p -> p.outcome().awarded()).forEach(p -> identifiers.add(p.identifier()));
        Map<String, Recipient> existing = new HashMap<>();
        inChunks(identifiers, chunk -> recipients.findInIssuer(badge.getIssuer().getId(), chunk))
                .forEach(recipient -> existing.put(recipient.getIdentifier(), recipient));
        List<Long> existingIds = existing.values().stream().map(Recipient::getId).toList();
        Set<Long> holders = new HashSet<>(inChunks(existingIds, chunk -> awards.holdersAmong(badge.getId(), chunk)));

        boolean limited = AwardService.hasLimit(badge);
        long earners = limited ? awards.countEarners(badge.getId()) : 0;
        Set<String> inBatch = new HashSet<>();
        List<Planned> planned = new ArrayList<>(checked.size());
        for (Planned row : checked) {
            if (!row.outcome().awarded()) {
                planned.add(row);
                continue;
            }
            Recipient recipient = existing.get(row.identifier());
            boolean holds = recipient != null && holders.contains(recipient.getId());
            boolean seen = inBatch.contains(row.identifier());
            if (badge.isUnique() && holds) {
                planned.add(row.with(BulkOutcome.DUPLICATE_UNIQUE));
            } else if (badge.isUnique() && seen) {
                planned.add(row.with(BulkOutcome.DUPLICATE_IN_BATCH));
            } else if (!holds && !seen && limited && earners >= badge.getLimit()) {
                planned.add(row.with(BulkOutcome.OVER_LIMIT));
            } else {
                if (!holds && !seen) {
                    earners++;
                }
                inBatch.add(row.identifier());
                planned.add(row);
            }
        }
        return new Plan(planned, existing);
    }

    /** The checks of one row on its own (recipient, narrative, evidence, expiry). */
    private Planned check(Badge badge, BulkRow row, Instant now) {
        String identifier;
        String narrative;
        List<String> evidence;
        try {
            identifier = AwardInput.identifier(row.recipient());
        } catch (AwardRefusedException e) {
            return Planned.refused(row, AwardInput.isEmailLike(row.recipient())
                    ? BulkOutcome.INVALID_EMAIL : BulkOutcome.INVALID_RECIPIENT);
        }
        try {
            narrative = AwardInput.narrative(row.narrative());
        } catch (AwardRefusedException e) {
            return Planned.refused(row, BulkOutcome.INVALID_NARRATIVE);
        }
        try {
            evidence = AwardInput.evidence(row.evidence());
        } catch (AwardRefusedException e) {
            return Planned.refused(row, BulkOutcome.INVALID_EVIDENCE);
        }
        Instant expiresAt;
        String expiry = AwardInput.blankToNull(row.expiry());
        try {
            expiresAt = expiry == null ? badge.defaultExpiry(now) : parseExpiry(expiry);
        } catch (DateTimeException e) {
            return Planned.refused(row, BulkOutcome.INVALID_DATE);
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return Planned.refused(row, BulkOutcome.INVALID_DATE);
        }
        String payload;
        try {
            payload = input.payload(row.payload());
        } catch (AwardRefusedException e) {
            return Planned.refused(row, BulkOutcome.INVALID_PAYLOAD);
        }
        return new Planned(row, BulkOutcome.NEW, identifier, narrative, evidence, expiresAt, payload);
    }

    /** {@code 2027-01-31} means valid through that day (UTC); otherwise an instant with an offset. */
    static Instant parseExpiry(String expiry) {
        if (expiry.length() == 10) {
            return LocalDate.parse(expiry).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return AwardService.micros(OffsetDateTime.parse(expiry).toInstant());
    }

    private static <T, R> List<R> inChunks(Iterable<T> values, Function<List<T>, List<R>> query) {
        List<R> results = new ArrayList<>();
        List<T> chunk = new ArrayList<>(CHUNK);
        for (T value : values) {
            chunk.add(value);
            if (chunk.size() == CHUNK) {
                results.addAll(query.apply(chunk));
                chunk = new ArrayList<>(CHUNK);
            }
        }
        if (!chunk.isEmpty()) {
            results.addAll(query.apply(chunk));
        }
        return results;
    }
}
