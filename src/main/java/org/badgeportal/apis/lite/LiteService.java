package org.badgeportal.apis.lite;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.badgeportal.apis.ApiError;
import org.badgeportal.apis.ApiException;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardRevoked;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.BadgesChanged;
import org.badgeportal.issuers.Issuer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lite API's reads and writes in one issuer (the collection); callers have checked the credential. */
@Service
@Transactional
class LiteService {

    static final String REMOVED = "Removed through the lite API";
    static final String ALL = "_all";
    static final int MAX_NAME = 255;
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final String COUNTS = "a.recipient.issuer.id = :issuerId and a.recipient.identifier = :user "
            + "and a.status in :held and (a.expiresAt is null or a.expiresAt > :now)";

    private final EntityManager em;
    private final AwardService awards;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    LiteService(EntityManager em, AwardService awards, ApplicationEventPublisher events, MessageSource messages,
                Clock clock) {
        this.em = em;
        this.awards = awards;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** Awards the badge of that name (created on first use) to the user, with the payload (JSON text or null). */
    void award(Long issuerId, String name, String user, String payload) {
        if (name.length() > MAX_NAME) {
            throw LiteController.invalid("name", "name has at most " + MAX_NAME + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw LiteController.invalid("name", "name must not contain control characters");
        }
        Badge badge = find(issuerId, name).orElseGet(() -> create(issuerId, name));
        try {
            awards.issue(AwardRequest.of(badge.getId(), user).withPayload(payload));
        } catch (AwardRefusedException refused) {
            String message = messages.getMessage("awards.refusal." + refused.reason().name(), null,
                    refused.reason().name(), Locale.ENGLISH);
            HttpStatus status = switch (refused.reason()) {
                case DUPLICATE_UNIQUE, OVER_LIMIT, BADGE_ARCHIVED -> HttpStatus.CONFLICT;
                case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
                default -> HttpStatus.BAD_REQUEST;
            };
            throw new ApiException(ApiError.of(status, refused.reason().name(), message));
        }
    }

    /** The user's awards that count, oldest first, of the badge of that name or (name null) of every badge. */
    @Transactional(readOnly = true)
    List<LiteBadge> badges(Long issuerId, String user, String name) {
        Optional<Badge> badge = name == null ? Optional.empty() : find(issuerId, name);
        if (name != null && badge.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select a from Award a join fetch a.badge where " + COUNTS
                        + (name == null ? "" : " and a.badge = :badge") + " order by a.issuedAt, a.id", Award.class)
                .setParameter("issuerId", issuerId).setParameter("user", identifier(user))
                .setParameter("held", List.of(AwardStatus.ACCEPTED, AwardStatus.PENDING))
                .setParameter("now", clock.instant());
        badge.ifPresent(found -> query.setParameter("badge", found));
        List<Award> held = query.getResultList();
        return held.stream().map(award -> new LiteBadge(
                LiteNames.liteName(award.getBadge().getSlug(), award.getBadge().getName()), user,
                award.getPayload(), CREATED_AT.format(award.getIssuedAt()))).toList();
    }

    /** Revokes the user's awards that are not revoked yet, of the badge of that name or of every badge. */
    void remove(Long issuerId, String user, String name) {
        Optional<Badge> badge = name == null ? Optional.empty() : find(issuerId, name);
        if (name != null && badge.isEmpty()) {
            return;
        }
        var query = em.createQuery("select a from Award a where a.recipient.issuer.id = :issuerId and "
                        + "a.recipient.identifier = :user and a.status <> :revoked"
                        + (name == null ? "" : " and a.badge = :badge") + " order by a.id", Award.class)
                .setParameter("issuerId", issuerId).setParameter("user", identifier(user))
                .setParameter("revoked", AwardStatus.REVOKED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE);
        badge.ifPresent(found -> query.setParameter("badge", found));
        List<Award> awarded = query.getResultList();
        Instant now = clock.instant();
        for (Award award : awarded) {
            award.revoke(REMOVED, now);
            events.publishEvent(new AwardRevoked(award.getId()));
        }
    }

    /** How many awards that count the user has of each named badge; {@code _all} counts every badge. */
    @Transactional(readOnly = true)
    Map<String, Long> counters(Long issuerId, String user, List<String> names) {
        Map<Long, Long> perBadge = new LinkedHashMap<>();
        Map<Long, String[]> badgeNames = new LinkedHashMap<>();
        em.createQuery("select a.badge.id, a.badge.slug, a.badge.name, count(a) from Award a where " + COUNTS
                        + " group by a.badge.id, a.badge.slug, a.badge.name", Object[].class)
                .setParameter("issuerId", issuerId).setParameter("user", identifier(user))
                .setParameter("held", List.of(AwardStatus.ACCEPTED, AwardStatus.PENDING))
                .setParameter("now", clock.instant())
                .getResultList().forEach(row -> {
                    perBadge.put((Long) row[0], (Long) row[3]);
                    badgeNames.put((Long) row[0], new String[] {(String) row[1], (String) row[2]});
                });
        Map<String, Long> counters = new LinkedHashMap<>();
        for (String name : names) {
            if (name.equals(ALL)) {
                counters.put(name, perBadge.values().stream().mapToLong(Long::longValue).sum());
            } else {
                counters.put(name, badgeNames.entrySet().stream()
                        .filter(badge -> LiteNames.belongsTo(badge.getValue()[0], badge.getValue()[1], name))
                        .mapToLong(badge -> perBadge.get(badge.getKey())).sum());
            }
        }
        return counters;
    }

    private Optional<Badge> find(Long issuerId, String name) {
        return em.createQuery("select b from Badge b where b.issuer.id = :issuerId and b.slug in :slugs "
                        + "order by b.id", Badge.class)
                .setParameter("issuerId", issuerId).setParameter("slugs", LiteNames.candidates(name))
                .getResultStream().filter(badge -> LiteNames.belongsTo(badge.getSlug(), badge.getName(), name))
                .findFirst();
    }

    /** The badge of a new name; the issuer's row lock makes concurrent first uses of one name create one badge. */
    private Badge create(Long issuerId, String name) {
        Issuer issuer = em.find(Issuer.class, issuerId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Badge> created = find(issuerId, name);
        if (created.isPresent()) {
            return created.get();
        }
        List<String> candidates = LiteNames.candidates(name);
        List<String> taken = em.createQuery("select b.slug from Badge b where b.issuer.id = :issuerId and "
                        + "b.slug in :slugs", String.class)
                .setParameter("issuerId", issuerId).setParameter("slugs", candidates).getResultList();
        String slug = candidates.stream().filter(candidate -> !taken.contains(candidate)).findFirst()
                .orElseThrow(() -> new ApiException(ApiError.conflict("Another badge of this collection has the "
                        + "slugs of '" + name + "': " + candidates, null)));
        Instant now = clock.instant();
        Badge badge = new Badge(issuer, slug, name, now);
        badge.setEarnerDescription(name);
        badge.setConsumerDescription(name);
        badge.setType("badge");
        badge.setListed(false);
        em.persist(badge);
        em.flush();
        events.publishEvent(new BadgesChanged(issuerId));
        return badge;
    }

    /** A user as recipients store it (email addresses in lower case). */
    static String identifier(String user) {
        String value = user.strip();
        return value.contains("@") ? value.toLowerCase(Locale.ROOT) : value;
    }
}
