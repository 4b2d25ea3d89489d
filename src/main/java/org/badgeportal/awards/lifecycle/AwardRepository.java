package org.badgeportal.awards.lifecycle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.PublicBadgeCount;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.BadgeAwardStats;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AwardRepository extends JpaRepository<Award, Long> {

    Optional<Award> findByPublicId(String publicId);

    boolean existsByBadge(Badge badge);

    long countByBadge(Badge badge);

    // --- rules of one badge (used under the badge lock) ---

    /** Distinct recipients holding an award of the badge that is not revoked: what {@code limit} caps. */
    @Query("""
            select count(distinct a.recipient.id) from Award a
            where a.badge.id = :badgeId and a.status <> org.badgeportal.awards.AwardStatus.REVOKED""")
    long countEarners(@Param("badgeId") Long badgeId);

    @Query("""
            select count(a) > 0 from Award a where a.badge.id = :badgeId and a.recipient.id = :recipientId
              and a.status <> org.badgeportal.awards.AwardStatus.REVOKED""")
    boolean holdsBadge(@Param("badgeId") Long badgeId, @Param("recipientId") Long recipientId);

    /**
     * Which of these recipients (at most 1000) hold an award of the badge that is not revoked. {@code + 0}: probe
     * ix_award_recipient per recipient instead of scanning every award of the badge (H2 picks one index).
     */
    @Query("""
            select distinct a.recipient.id from Award a where a.badge.id + 0 = :badgeId
              and a.status <> org.badgeportal.awards.AwardStatus.REVOKED and a.recipient.id in :recipientIds""")
    List<Long> holdersAmong(@Param("badgeId") Long badgeId, @Param("recipientIds") Collection<Long> recipientIds);

    // --- issuer dashboard ---

    /** Figures for a page of badges in one query; badges without awards are missing from the result. */
    @Query("""
            select new org.badgeportal.badges.BadgeAwardStats(a.badge.id, count(a), count(distinct a.recipient.id),
                sum(case when a.status = org.badgeportal.awards.AwardStatus.PENDING then 1 else 0 end),
                max(a.issuedAt))
            from Award a
            where a.badge.id in :badgeIds and a.status <> org.badgeportal.awards.AwardStatus.REVOKED
            group by a.badge.id""")
    List<BadgeAwardStats> statisticsOf(@Param("badgeIds") Collection<Long> badgeIds);

    // --- recipient side ---

    /**
     * An account's awards in one state, with badge, issuer and recipient loaded (open-in-view is off). Pass the
     * order in the pageable, e.g. {@code Sort.by(Sort.Direction.DESC, "issuedAt")}.
     */
    @Query(value = """
            select a from Award a join fetch a.badge b join fetch b.issuer join fetch a.recipient r
            where r.account.id = :accountId and a.status = :status""",
            countQuery = """
            select count(a) from Award a where a.recipient.account.id = :accountId and a.status = :status""")
    Page<Award> findForAccount(@Param("accountId") Long accountId, @Param("status") AwardStatus status,
                               Pageable pageable);

    /** The first awards of {@link #findForAccount} in the pageable's order, without counting them all. */
    @Query("""
            select a from Award a join fetch a.badge b join fetch b.issuer join fetch a.recipient r
            where r.account.id = :accountId and a.status = :status""")
    List<Award> findFirstForAccount(@Param("accountId") Long accountId, @Param("status") AwardStatus status,
                                    Pageable pageable);

    @Query("select count(a) from Award a where a.recipient.account.id = :accountId and a.status = :status")
    long countForAccount(@Param("accountId") Long accountId, @Param("status") AwardStatus status);

    /** The navigation counter: awards waiting for the account to accept or decline. */
    default long countPendingForAccount(Long accountId) {
        return countForAccount(accountId, AwardStatus.PENDING);
    }

    /**
     * One page of the account's public awards (accepted, not expired at {@code now}) grouped by badge, newest
     * first, for the profile page.
     */
    @Query(value = """
            select new org.badgeportal.awards.PublicBadgeCount(b.id, b.slug, b.name, b.strapline, b.image.id,
                b.imageUrl, b.backgroundColor, i.slug, i.name, i.verified, count(a), max(a.issuedAt))
            from Award a join a.badge b join b.issuer i
            where a.recipient.account.id = :accountId and a.status = org.badgeportal.awards.AwardStatus.ACCEPTED
              and (a.expiresAt is null or a.expiresAt > :now)
            group by b.id, b.slug, b.name, b.strapline, b.image.id, b.imageUrl, b.backgroundColor,
                i.slug, i.name, i.verified
            order by max(a.issuedAt) desc, b.id""",
            countQuery = """
            select count(distinct a.badge.id) from Award a
            where a.recipient.account.id = :accountId and a.status = org.badgeportal.awards.AwardStatus.ACCEPTED
              and (a.expiresAt is null or a.expiresAt > :now)""")
    Page<PublicBadgeCount> findPublicBadgeCountPage(@Param("accountId") Long accountId, @Param("now") Instant now,
                                                    Pageable pageable);

    /** Every row of {@link #findPublicBadgeCountPage}, unpaged. */
    default List<PublicBadgeCount> findPublicBadgeCounts(Long accountId, Instant now) {
        return findPublicBadgeCountPage(accountId, now, Pageable.unpaged()).getContent();
    }
}
