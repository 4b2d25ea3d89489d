package org.badgeportal.awards;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.mail.MailOutbox;
import org.badgeportal.mail.MailStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only questions of the issuer's award pages. A page of the award list costs a fixed number of queries
 * (rows with badge, recipient and account; count; notification states), however many awards it shows.
 */
@Service
@Transactional(readOnly = true)
public class IssuerAwards {

    public static final int PAGE_SIZE = 25;

    private final EntityManager em;
    private final MailOutbox outbox;
    private final Clock clock;

    IssuerAwards(EntityManager em, MailOutbox outbox, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A badge of the issuer to award, or NOT_FOUND. */
    public AwardTarget target(String issuerSlug, String badgeSlug) {
        List<Badge> found = em.createQuery("""
                        select b from Badge b join fetch b.issuer i
                        where i.slug = :issuer and b.slug = :slug""", Badge.class)
                .setParameter("issuer", issuerSlug).setParameter("slug", badgeSlug).getResultList();
        if (found.isEmpty()) {
            throw new AwardRefusedException(AwardRefusal.NOT_FOUND);
        }
        Badge badge = found.get(0);
        return new AwardTarget(badge.getIssuer(), badge.getId(), badge.getSlug(), badge.getName(),
                badge.getImageSrc(), badge.isArchived(), badge.isUnique(), badge.getLimit(), badge.getValidityDays());
    }

    /** The issuer's badges for the list's filter, by name: [slug, name]. */
    public List<BadgeOption> badgeOptions(Issuer issuer) {
        return em.createQuery("""
                        select new org.badgeportal.awards.BadgeOption(b.slug, b.name) from Badge b
                        where b.issuer.id = :issuer order by lower(b.name), b.id""", BadgeOption.class)
                .setParameter("issuer", issuer.getId()).getResultList();
    }

    /** One page of the issuer's awards, newest first. */
    public Page<IssuerAwardRow> page(Issuer issuer, AwardFilter filter, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        StringBuilder where = new StringBuilder(" where b.issuer.id = :issuer");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("issuer", issuer.getId());
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.badge() != null) {
            where.append(" and b.slug = :badge");
            parameters.put("badge", filter.badge());
        }
        if (filter.recipient() != null) {
            where.append(" and lower(r.identifier) like :recipient escape '\\'");
            parameters.put("recipient", "%" + filter.recipient().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        TypedQuery<Long> count = em.createQuery(
                "select count(a) from Award a join a.badge b join a.recipient r" + where, Long.class);
        TypedQuery<Award> rows = em.createQuery("select a from Award a join fetch a.badge b join fetch a.recipient r"
                + " left join fetch r.account" + where + " order by a.issuedAt desc, a.id desc", Award.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<Award> awards = total == 0 ? List.of() : rows.setFirstResult((int) request.getOffset())
                .setMaxResults(PAGE_SIZE).getResultList();
        return new PageImpl<>(toRows(awards), request, total);
    }

    /** One award of the issuer as a list row, if the award belongs to the issuer. */
    public Optional<IssuerAwardRow> row(String issuerSlug, String publicId) {
        List<Award> found = em.createQuery("""
                        select a from Award a join fetch a.badge b join fetch a.recipient r left join fetch r.account
                        where b.issuer.slug = :issuer and a.publicId = :publicId""", Award.class)
                .setParameter("issuer", issuerSlug).setParameter("publicId", publicId).getResultList();
        return toRows(found).stream().findFirst();
    }

    private List<IssuerAwardRow> toRows(List<Award> awards) {
        Map<Long, MailStatus> mail = outbox.latestStatusByAward(awards.stream().map(Award::getId).toList());
        Instant now = clock.instant();
        return awards.stream().map(a -> {
            Recipient r = a.getRecipient();
            return new IssuerAwardRow(a.getPublicId(), a.getBadge().getSlug(), a.getBadge().getName(), r.getId(),
                    r.getIdentifier(), r.getKind(), r.getAccount() == null ? null : r.getAccount().getDisplayName(),
                    a.getStatus(), a.getStatus() == AwardStatus.ACCEPTED && a.isExpired(now), a.getIssuedAt(),
                    a.getRevocationReason(), mail.get(a.getId()));
        }).toList();
    }
}
