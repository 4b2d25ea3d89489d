package org.badgeportal.embed;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.RecipientKind;
import org.springframework.stereotype.Component;

/**
 * The embed's reads, each one aggregated statement whatever the number of badges or awards. "Public" is one
 * rule everywhere: ACCEPTED (which excludes pending, declined and revoked) and not expired at {@code now}.
 */
@Component
class EmbedQueries {

    private static final String PUBLIC_AWARD = "a.status = :accepted and (a.expiresAt is null or a.expiresAt > :now)";

    private final EntityManager entityManager;

    EmbedQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The issuer's id for a service name. */
    Optional<Long> issuerId(String service) {
        return entityManager.createQuery("select i.id from Issuer i where i.slug = :slug", Long.class)
                .setParameter("slug", service).getResultStream().findFirst();
    }

    /** Count and latest date per (site user, badge); {@code names} null means every site user of the issuer. */
    /**
     * The names of the first {@code limit} site users holding public badges, in the order of {@code sort} (ties by
     * name, as {@link EmbedSort#comparator} orders them).
     */
    List<String> firstUsers(Long issuerId, EmbedSort sort, Instant now, int limit) {
        String order = switch (sort) {
            case NAME -> "r.identifier asc";
            case NAME_DESC -> "r.identifier desc";
            case COUNT -> "count(a) asc, r.identifier asc";
            case COUNT_DESC -> "count(a) desc, r.identifier asc";
            case DATE -> "max(a.issuedAt) asc, r.identifier asc";
            case DATE_DESC -> "max(a.issuedAt) desc, r.identifier asc";
        };
        String jpql = "select r.identifier from Award a join a.recipient r where r.issuer.id = :issuerId"
                + " and r.kind = :siteUser and " + PUBLIC_AWARD + " group by r.identifier order by " + order;
        return entityManager.createQuery(jpql, String.class)
                .setParameter("issuerId", issuerId).setParameter("siteUser", RecipientKind.SITE_USER)
                .setParameter("accepted", AwardStatus.ACCEPTED).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    List<UserBadgeCount> userCounts(Long issuerId, Collection<String> names, Instant now) {
        String jpql = "select new org.badgeportal.embed.UserBadgeCount(r.identifier, a.badge.id, count(a), "
                + "max(a.issuedAt)) from Award a join a.recipient r where r.issuer.id = :issuerId and r.kind = :siteUser"
                + " and " + PUBLIC_AWARD + (names == null ? "" : " and r.identifier in :names")
                + " group by r.identifier, a.badge.id";
        var query = entityManager.createQuery(jpql, UserBadgeCount.class)
                .setParameter("issuerId", issuerId).setParameter("siteUser", RecipientKind.SITE_USER)
                .setParameter("accepted", AwardStatus.ACCEPTED).setParameter("now", now);
        if (names != null) {
            query.setParameter("names", names);
        }
        return query.getResultList();
    }

    /**
     * The badges with their global public count and latest date: the given ones, or (ids null) every badge of the
     * issuer that is not archived.
     */
    List<BadgeFigures> badges(Long issuerId, Collection<Long> badgeIds, Instant now) {
        String jpql = "select new org.badgeportal.embed.BadgeFigures(b.id, b.slug, b.name, b.strapline, "
                + "b.earnerDescription, b.image.id, b.imageUrl, count(a), max(a.issuedAt)) from Badge b "
                + "left join Award a on a.badge = b and " + PUBLIC_AWARD + " where b.issuer.id = :issuerId and "
                + (badgeIds == null ? "b.archived = false" : "b.id in :ids")
                + " group by b.id, b.slug, b.name, b.strapline, b.earnerDescription, b.image.id, b.imageUrl";
        var query = entityManager.createQuery(jpql, BadgeFigures.class).setParameter("issuerId", issuerId)
                .setParameter("accepted", AwardStatus.ACCEPTED).setParameter("now", now);
        if (badgeIds != null) {
            query.setParameter("ids", badgeIds);
        }
        return query.getResultList();
    }

    /** Custom fields (name to JSON literal) of the given badges, by badge id. */
    Map<Long, Map<String, String>> customFields(Collection<Long> badgeIds) {
        Map<Long, Map<String, String>> fields = new HashMap<>();
        if (badgeIds.isEmpty()) {
            return fields;
        }
        entityManager.createQuery("select b.id, key(f), value(f) from Badge b join b.customFields f "
                        + "where b.id in :ids order by key(f)", Object[].class)
                .setParameter("ids", badgeIds).getResultList()
                .forEach(row -> fields.computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
                        .put((String) row[1], (String) row[2]));
        return fields;
    }

    /** Site users of the issuer who hold a public badge, by name (at most {@code limit}). */
    List<String> siteUsers(Long issuerId, Instant now, int limit) {
        return entityManager.createQuery("select distinct r.identifier from Award a join a.recipient r "
                        + "where r.issuer.id = :issuerId and r.kind = :siteUser and " + PUBLIC_AWARD
                        + " order by r.identifier", String.class)
                .setParameter("issuerId", issuerId).setParameter("siteUser", RecipientKind.SITE_USER)
                .setParameter("accepted", AwardStatus.ACCEPTED).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** The services where the account is a site-user recipient: (issuer slug, issuer name, user name). */
    List<Object[]> linkedSiteUsers(Long accountId) {
        return entityManager.createQuery("select i.slug, i.name, r.identifier from Recipient r join r.issuer i "
                        + "where r.account.id = :accountId and r.kind = :siteUser order by i.name, r.identifier",
                        Object[].class)
                .setParameter("accountId", accountId).setParameter("siteUser", RecipientKind.SITE_USER)
                .getResultList();
    }
}
