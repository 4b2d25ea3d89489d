package org.badgeportal.apis.userbadges;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.badgeportal.issuers.AcceptancePolicy;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.PortalProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The changes of the UserBadges write API, each in one transaction: any refusal rolls the whole request back.
 * Callers have checked the credential; {@code issuerId} is the service's issuer.
 * <p>
 * All writes of this API in one place, a little over the usual size: they share how a service's badge and user
 * names map to the portal's badges and recipients, and reading the one file shows the whole API's effects.
 */
@Service
@Transactional
class UserBadgesWrites {

    static final String REMOVED = "Removed through the UserBadges API";
    static final String DEFAULT_TYPE = "badge";
    private static final int MAX_STRAPLINE = 140;

    private final EntityManager em;
    private final AwardService awards;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final PortalProperties properties;
    private final Clock clock;

    UserBadgesWrites(EntityManager em, AwardService awards, ApplicationEventPublisher events,
                     MessageSource messages, PortalProperties properties, Clock clock) {
        this.em = em;
        this.awards = awards;
        this.events = events;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates the missing badges and changes the given fields of the existing ones. */
    void putBadges(Long issuerId, JsonNode body) {
        List<BadgeDefinition> definitions = BadgeDefinition.parseAll(body);
        Set<String> slugs = new LinkedHashSet<>();
        definitions.forEach(definition -> slugs.add(definition.slug()));
        // Lock order of the award service: badges first, then the issuer (which serialises creations).
        Map<String, Badge> existing = lockBadges(issuerId, slugs);
        Issuer issuer = em.find(Issuer.class, issuerId, LockModeType.PESSIMISTIC_WRITE);
        if (existing.size() < slugs.size()) {
            existing.putAll(lockBadges(issuerId, slugs));
        }
        Instant now = clock.instant();
        for (BadgeDefinition definition : definitions) {
            Badge badge = existing.get(definition.slug());
            if (badge == null) {
                badge = create(issuer, definition, now);
                existing.put(badge.getSlug(), badge);
            }
            apply(definition, badge, now);
        }
        events.publishEvent(new BadgesChanged(issuerId));
    }

    /** Deletes badges and all their awards (AUTOMATIC issuers only; 409 for others). */
    void deleteBadges(Long issuerId, JsonNode body) {
        List<String> slugs = names(body);
        Issuer issuer = em.find(Issuer.class, issuerId);
        if (issuer.getAcceptancePolicy() != AcceptancePolicy.AUTOMATIC) {
            throw ApiException.conflict("This service's awards need the recipient's acceptance, so its badges and "
                    + "awards are kept: archive badges on the dashboard instead", null);
        }
        Map<String, Badge> badges = lockBadges(issuerId, new LinkedHashSet<>(slugs));
        requireAll(slugs, badges);
        List<Long> ids = badges.values().stream().map(Badge::getId).toList();
        em.createQuery("delete from Award a where a.badge.id in :ids").setParameter("ids", ids).executeUpdate();
        badges.values().forEach(em::remove);
        em.flush();
        events.publishEvent(new BadgesChanged(issuerId));
    }

    /** Awards each named badge once more to the site user; answers the badges the user now holds. */
    List<String> award(Long issuerId, String user, JsonNode body) {
        List<String> slugs = names(body);
        Map<String, Badge> badges = findBadges(issuerId, new LinkedHashSet<>(slugs));
        requireAll(slugs, badges);
        for (String slug : slugs) {
            try {
                awards.issue(AwardRequest.of(badges.get(slug).getId(), user));
            } catch (AwardRefusedException refused) {
                throw refusal(refused, slug);
            }
        }
        em.flush();
        return held(issuerId, user);
    }

    /** Revokes the user's awards of the named badges; answers the badges the user still holds. */
    List<String> remove(Long issuerId, String user, JsonNode body) {
        List<String> slugs = names(body);
        Map<String, Badge> badges = findBadges(issuerId, new LinkedHashSet<>(slugs));
        requireAll(slugs, badges);
        List<Award> held = em.createQuery("select a from Award a where a.badge.id in :ids and "
                        + "a.recipient.identifier = :user and a.recipient.issuer.id = :issuerId and a.status <> :revoked "
                        + "order by a.id", Award.class)
                .setParameter("ids", badges.values().stream().map(Badge::getId).toList())
                .setParameter("user", identifier(user)).setParameter("issuerId", issuerId)
                .setParameter("revoked", AwardStatus.REVOKED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        Instant now = clock.instant();
        for (Award award : held) {
            award.revoke(REMOVED, now);
            events.publishEvent(new AwardRevoked(award.getId()));
        }
        em.flush();
        return held(issuerId, user);
    }

    /** Badges (slugs) of which the user has an award that counts: accepted or pending, not expired. */
    @Transactional(readOnly = true)
    List<String> held(Long issuerId, String user) {
        return em.createQuery("select distinct b.slug from Award a join a.badge b join a.recipient r "
                        + "where r.issuer.id = :issuerId and r.identifier = :user and a.status in :held "
                        + "and (a.expiresAt is null or a.expiresAt > :now) order by b.slug", String.class)
                .setParameter("issuerId", issuerId).setParameter("user", identifier(user))
                .setParameter("held", List.of(AwardStatus.ACCEPTED, AwardStatus.PENDING))
                .setParameter("now", clock.instant()).getResultList();
    }

    private Badge create(Issuer issuer, BadgeDefinition definition, Instant now) {
        Badge badge = new Badge(issuer, definition.slug(),
                definition.title() != null ? definition.title() : definition.slug(), now);
        String description = definition.description() != null ? definition.description() : definition.slug();
        badge.setEarnerDescription(description);
        badge.setConsumerDescription(description);
        badge.setType(definition.type() != null ? definition.type() : DEFAULT_TYPE);
        badge.setListed(false);
        em.persist(badge);
        return badge;
    }

    private void apply(BadgeDefinition definition, Badge badge, Instant now) {
        if (definition.title() != null) {
            badge.setName(definition.title());
        }
        if (definition.hasDescription()) {
            String description = definition.description();
            badge.setStrapline(description != null && description.length() <= MAX_STRAPLINE ? description : null);
            badge.setEarnerDescription(description);
        }
        if (definition.type() != null) {
            badge.setType(definition.type());
        }
        if (definition.image() != null && !isOwnImage(badge, definition.image())) {
            badge.useImageUrl(definition.image());
        }
        Map<String, String> fields = new LinkedHashMap<>(badge.getCustomFields());
        definition.customFields().forEach((name, literal) -> {
            if (literal == null) {
                fields.remove(name);
            } else {
                fields.put(name, literal);
            }
        });
        if (fields.size() > BadgeDefinition.MAX_CUSTOM_FIELDS) {
            throw BadgeDefinition.invalid("badges", "Badge '" + badge.getSlug() + "' would have more than "
                    + BadgeDefinition.MAX_CUSTOM_FIELDS + " custom fields", fields.size());
        }
        if (!fields.equals(badge.getCustomFields())) {
            badge.replaceCustomFields(fields);
        }
        badge.touch(now);
    }

    /** The address GET answers for an uploaded image: sending it back leaves the upload in place. */
    private boolean isOwnImage(Badge badge, String url) {
        return badge.getImage() != null && url.equals(properties.link("/images/" + badge.getImage().getId()));
    }

    private Map<String, Badge> lockBadges(Long issuerId, Set<String> slugs) {
        return byslug(em.createQuery("select b from Badge b where b.issuer.id = :issuerId and b.slug in :slugs "
                        + "order by b.id", Badge.class)
                .setParameter("issuerId", issuerId).setParameter("slugs", slugs)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList());
    }

    private Map<String, Badge> findBadges(Long issuerId, Set<String> slugs) {
        return byslug(em.createQuery("select b from Badge b where b.issuer.id = :issuerId and b.slug in :slugs "
                        + "order by b.id", Badge.class)
                .setParameter("issuerId", issuerId).setParameter("slugs", slugs).getResultList());
    }

    private static Map<String, Badge> byslug(List<Badge> badges) {
        Map<String, Badge> bySlug = new LinkedHashMap<>();
        badges.forEach(badge -> bySlug.put(badge.getSlug(), badge));
        return bySlug;
    }

    /** The badge names of a body {@code {"badges": ["a", "b"]}}, each a slug. */
    static List<String> names(JsonNode body) {
        JsonNode list = body == null ? null : body.get("badges");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw BadgeDefinition.invalid("badges", "The body must be {\"badges\": [\"badge-name\", ...]}", null);
        }
        if (list.size() > BadgeDefinition.MAX_BADGES) {
            throw BadgeDefinition.invalid("badges", "At most " + BadgeDefinition.MAX_BADGES + " badges per request",
                    list.size());
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            names.add(BadgeDefinition.slug(list.get(i), "badges[" + i + "]"));
        }
        return names;
    }

    private static void requireAll(List<String> slugs, Map<String, Badge> found) {
        List<String> unknown = slugs.stream().distinct().filter(slug -> !found.containsKey(slug)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(new ApiError(HttpStatus.BAD_REQUEST, "UnknownBadge",
                    "Unknown badges of this service: " + String.join(", ", unknown)
                            + " (create them with PUT /v1/{service}/badges.json)", unknown));
        }
    }

    private ApiException refusal(AwardRefusedException refused, String slug) {
        String message = messages.getMessage("awards.refusal." + refused.reason().name(), null,
                refused.reason().name(), java.util.Locale.ENGLISH);
        HttpStatus status = switch (refused.reason()) {
            case DUPLICATE_UNIQUE, OVER_LIMIT, BADGE_ARCHIVED -> HttpStatus.CONFLICT;
            case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_REQUEST;
        };
        return new ApiException(new ApiError(status, refused.reason().name(), "'" + slug + "': " + message
                + " Nothing was awarded.", null));
    }

    static String identifier(String user) {
        String value = user == null ? "" : user.strip();
        return value.contains("@") ? value.toLowerCase(java.util.Locale.ROOT) : value;
    }
}
