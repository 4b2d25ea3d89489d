package org.badgeportal.awards;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.Accounts;
import org.badgeportal.awards.bulk.BulkAwards;
import org.badgeportal.awards.lifecycle.AwardLocks;
import org.badgeportal.awards.lifecycle.AwardRepository;
import org.badgeportal.awards.lifecycle.Locking;
import org.badgeportal.awards.lifecycle.Members;
import org.badgeportal.awards.recipients.RecipientRepository;
import org.badgeportal.awards.recipients.Recipients;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.BadgeAwardFigures;
import org.badgeportal.badges.BadgeAwardStats;
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.Digests;
import org.badgeportal.system.RandomTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The award feature's public API: issuing (one or in bulk), the award lifecycle of src/docs/DESIGN.md (accept, decline,
 * revoke) and the links between recipients and accounts. Every refusal is an {@link AwardRefusedException} with
 * a reason code and rolls the whole call back.
 *
 * <p>Rules that must hold under concurrent requests ({@code unique}, {@code limit}) are checked while holding the
 * badge's row lock, in the transaction that inserts the award. Lifecycle changes lock the award's row, so
 * concurrent accept and decline run one after the other and end in one consistent state.
 *
 * <p>{@code unique}: a recipient holds a unique badge at most once; any award of it that is not REVOKED counts,
 * DECLINED included (the recipient can accept it again, the issuer can revoke it and award anew).
 * {@code limit}: the number of distinct recipients holding an award of the badge that is not REVOKED; a positive
 * value caps it, null or zero means no limit. Awarding again to someone who already holds the badge does not use
 * a place.
 *
 * <p>One class on purpose, longer than most: it is the single door through which other modules change awards,
 * and its sections (issuing, lifecycle, recipients and claim links, dashboard figures) share the locking and
 * refusal rules above. Bulk awarding and reads have classes of their own ({@link BulkAwards}, {@link AwardReads}).
 */
@Service
@Transactional
public class AwardService implements BadgeAwardFigures {

    static final int MAX_REASON = 500;

    private final AwardRepository awards;
    private final AwardLocks locks;
    private final Recipients recipients;
    private final RecipientRepository recipientRepository;
    private final Accounts accounts;
    private final Members members;
    private final AwardInput input;
    private final BulkAwards bulk;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AwardService(AwardRepository awards, AwardLocks locks, Recipients recipients,
                 RecipientRepository recipientRepository, Accounts accounts,
                 Members members, AwardInput input, BulkAwards bulk,
                 ApplicationEventPublisher events, Clock clock) {
        this.awards = awards;
        this.locks = locks;
        this.recipients = recipients;
        this.recipientRepository = recipientRepository;
        this.accounts = accounts;
        this.members = members;
        this.input = input;
        this.bulk = bulk;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ issuing

    /** Awards a badge to one recipient; publishes {@link AwardIssued}. */
    public IssuedAward issue(AwardRequest request) {
        String identifier = AwardInput.identifier(request.recipient());
        String narrative = AwardInput.narrative(request.narrative());
        List<String> evidence = AwardInput.evidence(request.evidence());
        String payload = input.payload(request.payload());

        Badge badge = lockBadge(request.badgeId());
        Issuer issuer = badge.getIssuer();
        Account issuedBy = request.issuedBy() == null ? null : requireMember(issuer, request.issuedBy());
        Instant now = now();
        Instant validFrom = request.validFrom() != null ? micros(request.validFrom()) : now;
        Instant expiresAt = request.expiresAt() != null ? micros(request.expiresAt()) : badge.defaultExpiry(validFrom);
        if (expiresAt != null && !expiresAt.isAfter(validFrom)) {
            throw new AwardRefusedException(AwardRefusal.INVALID_DATES);
        }

        Optional<Recipient> existing = recipients.find(issuer, identifier);
        boolean holds = existing.isPresent() && awards.holdsBadge(badge.getId(), existing.get().getId());
        if (holds && badge.isUnique()) {
            throw new AwardRefusedException(AwardRefusal.DUPLICATE_UNIQUE);
        }
        if (!holds && hasLimit(badge) && awards.countEarners(badge.getId()) >= badge.getLimit()) {
            throw new AwardRefusedException(AwardRefusal.OVER_LIMIT);
        }
        Recipient recipient = existing.orElseGet(() -> recipients.create(issuer, identifier));
        recipients.linkToVerifiedAccount(recipient);

        Award award = new Award(badge, recipient, initialStatus(issuer), now, validFrom, expiresAt);
        award.setNarrative(narrative);
        award.replaceEvidence(evidence);
        award.setPayload(payload);
        award.setIssuedBy(issuedBy);
        awards.save(award);
        events.publishEvent(new AwardIssued(award.getId()));
        return new IssuedAward(award.getId(), award.getPublicId(), award.getStatus(), recipient.getId());
    }

    /** What a bulk award would do, row by row, without writing anything. */
    @Transactional(readOnly = true)
    public BulkReport dryRun(Long badgeId, List<BulkRow> rows) {
        return bulk.dryRun(badgeId, rows);
    }

    /**
     * Awards every valid row in one transaction (checked again under the badge lock); rows that are not valid
     * are reported and skipped. Publishes one {@link AwardIssued} per award.
     */
    public BulkReport commit(Long badgeId, List<BulkRow> rows, Long actorAccountId) {
        return bulk.commit(badgeId, rows, actorAccountId);
    }

    /**
     * {@link #commit} for a call with the issuer's API key: the badge must belong to that issuer (else NOT_FOUND)
     * and no account is recorded as the one who issued the awards.
     */
    public BulkReport commitForIssuer(Long badgeId, List<BulkRow> rows, Long issuerId) {
        return bulk.commitForIssuer(badgeId, rows, issuerId);
    }

    public static AwardStatus initialStatus(Issuer issuer) {
        return issuer.getAcceptancePolicy() == AcceptancePolicy.AUTOMATIC ? AwardStatus.ACCEPTED : AwardStatus.PENDING;
    }

    public static boolean hasLimit(Badge badge) {
        return badge.getLimit() != null && badge.getLimit() > 0;
    }

    // ------------------------------------------------------------------ lifecycle

    /** PENDING or DECLINED becomes ACCEPTED; only the linked account with a verified email may do it. */
    public Transition accept(String publicId, Long actorAccountId) {
        return respond(publicId, actorAccountId, AwardStatus.ACCEPTED);
    }

    /** PENDING or ACCEPTED becomes DECLINED (hidden); only the linked account with a verified email may do it. */
    public Transition decline(String publicId, Long actorAccountId) {
        return respond(publicId, actorAccountId, AwardStatus.DECLINED);
    }

    private Transition respond(String publicId, Long actorAccountId, AwardStatus target) {
        Award award = lockAward(publicId);
        Account actor = actorAccountId == null ? null : accounts.byId(actorAccountId).orElse(null);
        Account linked = award.getRecipient().getAccount();
        if (actor == null || !actor.isEmailVerified() || linked == null || !linked.getId().equals(actor.getId())) {
            throw new AwardRefusedException(AwardRefusal.FORBIDDEN);
        }
        AwardStatus from = award.getStatus();
        if (from == AwardStatus.REVOKED) {
            throw new AwardRefusedException(AwardRefusal.REVOKED);
        }
        if (from != target) {
            if (target == AwardStatus.ACCEPTED) {
                award.accept(now());
            } else {
                award.decline(now());
            }
            events.publishEvent(new AwardAnswered(award.getId(), target));
        }
        return new Transition(publicId, from, award.getStatus());
    }

    /** Any state but REVOKED becomes REVOKED, for good; only members of the badge's issuer may do it. */
    public Transition revoke(String publicId, String reason, Long actorAccountId) {
        Award award = lockAward(publicId);
        requireMember(award.getBadge().getIssuer(), actorAccountId);
        return revoke(award, reason);
    }

    private Transition revoke(Award award, String reason) {
        String publicId = award.getPublicId();
        String why = AwardInput.blankToNull(reason);
        if (why == null || why.length() > MAX_REASON) {
            throw new AwardRefusedException(AwardRefusal.INVALID_REASON);
        }
        AwardStatus from = award.getStatus();
        if (from == AwardStatus.REVOKED) {
            throw new AwardRefusedException(AwardRefusal.REVOKED);
        }
        award.revoke(why, now());
        events.publishEvent(new AwardRevoked(award.getId()));
        return new Transition(publicId, from, award.getStatus());
    }

    /** {@link #revoke} for a call with the issuer's API key: an award of another issuer is NOT_FOUND. */
    public Transition revokeForIssuer(String publicId, String reason, Long issuerId) {
        Award award = lockAward(publicId);
        if (!award.getBadge().getIssuer().getId().equals(issuerId)) {
            throw new AwardRefusedException(AwardRefusal.NOT_FOUND);
        }
        return revoke(award, reason);
    }

    // ------------------------------------------------------------------ recipients and accounts

    /**
     * Links every email recipient whose identifier is the account's verified email (in every issuer). Call it
     * when an email gets verified and at sign-up; does nothing for an unverified account. Returns how many
     * recipients were linked.
     */
    public int linkVerifiedAccount(Account account) {
        Account current = accounts.byId(account.getId())
                .orElseThrow(() -> new AwardRefusedException(AwardRefusal.NOT_FOUND));
        return recipients.linkVerifiedAccount(current);
    }

    /**
     * A one-time link token for a site-user recipient (issuer members only). Only its SHA-256 is stored; a new
     * link replaces the previous one. Put the token in the URL the issuer hands to its user.
     */
    public String createClaimLink(Long recipientId, Long actorAccountId) {
        Recipient recipient = recipientRepository.findById(recipientId)
                .orElseThrow(() -> new AwardRefusedException(AwardRefusal.NOT_FOUND));
        requireMember(recipient.getIssuer(), actorAccountId);
        if (recipient.getKind() != RecipientKind.SITE_USER || recipient.getAccount() != null) {
            throw new AwardRefusedException(AwardRefusal.NOT_CLAIMABLE);
        }
        String token = RandomTokens.urlSafe(32);
        recipient.setClaimTokenHash(Digests.sha256Hex(token));
        return token;
    }

    /** What an unspent claim link would link; empty for unknown and already used links. Changes nothing. */
    @Transactional(readOnly = true)
    public Optional<ClaimPreview> previewClaim(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return recipientRepository.findByClaimTokenHash(Digests.sha256Hex(token.strip()))
                .map(recipient -> new ClaimPreview(recipient.getIdentifier(), recipient.getIssuer().getSlug(),
                        recipient.getIssuer().getName(), recipient.getIssuer().isVerified()));
    }

    /** Links the recipient of a claim link to a verified account and spends the link; a second use is refused. */
    public ClaimedRecipient claim(String token, Long accountId) {
        Account account = accountId == null ? null : accounts.byId(accountId).orElse(null);
        if (account == null || !account.isEmailVerified()) {
            throw new AwardRefusedException(AwardRefusal.FORBIDDEN);
        }
        String hash = token == null || token.isBlank() ? null : Digests.sha256Hex(token.strip());
        Recipient recipient = hash == null ? null : recipientRepository.findByClaimTokenHash(hash).orElse(null);
        if (recipient == null) {
            throw new AwardRefusedException(AwardRefusal.INVALID_CLAIM);
        }
        ClaimedRecipient claimed = new ClaimedRecipient(recipient.getId(), recipient.getIdentifier(),
                recipient.getIssuer().getSlug(), recipient.getIssuer().getName());
        // A conditional update: of two concurrent claims of one token, only one changes a row.
        if (recipientRepository.claim(recipient.getId(), hash, account) != 1) {
            throw new AwardRefusedException(AwardRefusal.INVALID_CLAIM);
        }
        return claimed;
    }

    // ------------------------------------------------------------------ dashboard

    @Override
    @Transactional(readOnly = true)
    public Map<Long, BadgeAwardStats> statistics(Collection<Long> badgeIds) {
        if (badgeIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, BadgeAwardStats> found = awards.statisticsOf(badgeIds).stream()
                .collect(Collectors.toMap(BadgeAwardStats::badgeId, Function.identity()));
        Map<Long, BadgeAwardStats> result = new LinkedHashMap<>();
        badgeIds.forEach(id -> result.put(id, found.getOrDefault(id, BadgeAwardStats.none(id))));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public long countAwards(Badge badge) {
        return awards.countByBadge(badge);
    }

    // ------------------------------------------------------------------ helpers

    private Badge lockBadge(Long badgeId) {
        if (badgeId == null) {
            throw new AwardRefusedException(AwardRefusal.NOT_FOUND);
        }
        Badge badge = Locking.lock(() -> locks.lockBadge(badgeId));
        if (badge.isArchived()) {
            throw new AwardRefusedException(AwardRefusal.BADGE_ARCHIVED);
        }
        return badge;
    }

    private Award lockAward(String publicId) {
        if (publicId == null || publicId.isBlank()) {
            throw new AwardRefusedException(AwardRefusal.NOT_FOUND);
        }
        return Locking.lock(() -> locks.lockAward(publicId));
    }

    private Account requireMember(Issuer issuer, Long accountId) {
        return members.require(issuer, accountId);
    }

    /** The database keeps microseconds; so do we, so that what we return equals what is stored. */
    private Instant now() {
        return micros(clock.instant());
    }

    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
