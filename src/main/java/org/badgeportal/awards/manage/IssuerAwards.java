package org.badgeportal.awards.manage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.Recipient;
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
 * (rows with badge, recipient and account; count; notification states), however many awards it shows, and a
 * fixed amount of work however many awards the issuer has: rows come newest first from the (issuer, issued)
 * index, and the list reaches back {@value #LISTED} awards at most (the filters find older ones), so neither the
 * count nor the deepest page ever reads more than that.
 */
@Service
@Transactional(readOnly = true)
public class IssuerAwards {

    public static final int PAGE_SIZE = 25;
    /** How many of the newest matching awards the list shows at most. */
    public static final int LISTED = 1000;

    /** A page of the list; {@code more}: further (older) awards match than the list reaches. */
    public record Listing(Page<IssuerAwardRow> page, boolean more) {
    }

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
                        select new org.badgeportal.awards.manage.BadgeOption(b.slug, b.name) from Badge b
                        where b.issuer.id = :issuer order by lower(b.name), b.id""", BadgeOption.class)
                .setParameter("issuer", issuer.getId()).getResultList();
    }

    /** One page of the issuer's newest awards (within the newest {@value #LISTED} that match the filter). */
    public Listing page(Issuer issuer, AwardFilter filter, int page) {
        PageRequest request = PageRequest.of(Math.min(Math.max(page, 0), LISTED / PAGE_SIZE - 1), PAGE_SIZE);
        StringBuilder where = new StringBuilder(" where a.issuer.id = :issuer");
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
        // Ordered by the whole (issuer, issued, id) index, so the database reads it backwards and stops early.
        String newestFirst = " order by a.issuer.id desc, a.issuedAt desc, a.id desc";
        // The count joins only what the filter needs and stops after LISTED + 1 ids.
        TypedQuery<Long> matching = em.createQuery("select a.id from Award a"
                + (filter.badge() != null ? " join a.badge b" : "")
                + (filter.recipient() != null ? " join a.recipient r" : "") + where + newestFirst, Long.class);
        TypedQuery<Award> rows = em.createQuery("select a from Award a join fetch a.badge b join fetch a.recipient r"
                + " left join fetch r.account" + where + newestFirst, Award.class);
        parameters.forEach((name, value) -> {
            matching.setParameter(name, value);
            rows.setParameter(name, value);
        });
        int total = matching.setMaxResults(LISTED + 1).getResultList().size();
        List<Award> awards = total == 0 ? List.of() : rows.setFirstResult((int) request.getOffset())
                .setMaxResults(PAGE_SIZE).getResultList();
        return new Listing(new PageImpl<>(toRows(awards), request, Math.min(total, LISTED)), total > LISTED);
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
