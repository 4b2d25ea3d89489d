package org.badgeportal.exports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.Criterion;
import org.badgeportal.badges.Program;
import org.badgeportal.exports.ExportRows.AwardEvidenceRow;
import org.badgeportal.exports.ExportRows.BadgeImage;
import org.badgeportal.exports.ExportRows.RecipientRow;
import org.badgeportal.issuers.Issuer;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.springframework.stereotype.Component;

/**
 * The export's reads, a fixed number of statements per export whatever the issuer holds: issuers, programs and
 * badges are few and read whole; badge images, recipients and awards are streamed ({@value #FETCH} rows per
 * round trip) and must be consumed inside the caller's read-only transaction and closed.
 */
@Component
class ExportQueries {

    static final int FETCH = 500;

    private final EntityManager em;

    ExportQueries(EntityManager em) {
        this.em = em;
    }

    Optional<Issuer> issuer(String slug) {
        return em.createQuery("select i from Issuer i left join fetch i.image where i.slug = :slug", Issuer.class)
            .setParameter("slug", slug).getResultStream().findFirst();
    }

    List<Program> programs(Long issuerId) {
        return em.createQuery("select p from Program p where p.issuer.id = :id order by p.slug", Program.class)
            .setParameter("id", issuerId).getResultList();
    }

    /** The issuer's badges by slug, each with its program (if any) loaded. */
    List<Badge> badges(Long issuerId) {
        return em.createQuery("select b from Badge b left join fetch b.program where b.issuer.id = :id order by b.slug",
                Badge.class).setParameter("id", issuerId).getResultList();
    }

    /** The element collections of all the issuer's badges, four statements in all (never one per badge). */
    BadgeDetails badgeDetails(Long issuerId) {
        BadgeDetails details = new BadgeDetails();
        for (Object[] row : rows("select b.id, c.description, c.required, c.note from Badge b join b.criteria c"
                + " where b.issuer.id = :id order by b.id, index(c)", issuerId)) {
            details.criteria((Long) row[0]).add(new Criterion((String) row[1], (Boolean) row[2], (String) row[3]));
        }
        for (Object[] row : rows("select b.id, c from Badge b join b.categories c where b.issuer.id = :id"
                + " order by b.id, c", issuerId)) {
            details.categories((Long) row[0]).add((String) row[1]);
        }
        for (Object[] row : rows("select b.id, t from Badge b join b.tags t where b.issuer.id = :id"
                + " order by b.id, t", issuerId)) {
            details.tags((Long) row[0]).add((String) row[1]);
        }
        for (Object[] row : rows("select b.id, key(f), value(f) from Badge b join b.customFields f"
                + " where b.issuer.id = :id order by b.id, key(f)", issuerId)) {
            details.customFields((Long) row[0]).put((String) row[1], (String) row[2]);
        }
        return details;
    }

    /** Uploaded badge images in badge slug order, one at a time. */
    Stream<BadgeImage> badgeImages(Long issuerId) {
        return stream("select b.slug, i.contentType, i.bytes from Badge b join b.image i where b.issuer.id = :id"
                + " order by b.slug", BadgeImage.class, issuerId);
    }

    Stream<RecipientRow> recipients(Long issuerId) {
        return stream("""
                select r.identifier, r.kind, r.claimTokenHash, r.createdAt, a.displayName,
                       (select count(w) from Award w where w.recipient = r)
                from Recipient r left join r.account a
                where r.issuer.id = :id order by r.identifier""", RecipientRow.class, issuerId);
    }

    /** Awards oldest first, one row per evidence URL (an award without evidence has one row). */
    Stream<AwardEvidenceRow> awards(Long issuerId) {
        return stream("""
                select a.id, a.publicId, b.slug, r.identifier, r.kind, a.status, a.issuedAt, a.validFrom,
                       a.expiresAt, a.respondedAt, a.revokedAt, a.revocationReason, a.narrative, a.payload,
                       u.email, e
                from Award a join a.badge b join a.recipient r left join a.issuedBy u left join a.evidence e
                where a.issuer.id = :id order by a.issuedAt, a.id, index(e)""", AwardEvidenceRow.class, issuerId);
    }

    private List<Object[]> rows(String hql, Long issuerId) {
        return em.createQuery(hql, Object[].class).setParameter("id", issuerId).getResultList();
    }

    private <T> Stream<T> stream(String hql, Class<T> type, Long issuerId) {
        SelectionQuery<T> query = em.unwrap(Session.class).createSelectionQuery(hql, type);
        return query.setParameter("id", issuerId).setFetchSize(FETCH).setReadOnly(true).getResultStream();
    }

    /** Criteria, categories, tags and custom fields by badge id. */
    static final class BadgeDetails {
        private final Map<Long, List<Criterion>> criteria = new LinkedHashMap<>();
        private final Map<Long, List<String>> categories = new LinkedHashMap<>();
        private final Map<Long, List<String>> tags = new LinkedHashMap<>();
        private final Map<Long, Map<String, String>> customFields = new LinkedHashMap<>();

        List<Criterion> criteria(Long badgeId) {
            return criteria.computeIfAbsent(badgeId, id -> new ArrayList<>());
        }

        List<String> categories(Long badgeId) {
            return categories.computeIfAbsent(badgeId, id -> new ArrayList<>());
        }

        List<String> tags(Long badgeId) {
            return tags.computeIfAbsent(badgeId, id -> new ArrayList<>());
        }

        Map<String, String> customFields(Long badgeId) {
            return customFields.computeIfAbsent(badgeId, id -> new LinkedHashMap<>());
        }
    }
}
