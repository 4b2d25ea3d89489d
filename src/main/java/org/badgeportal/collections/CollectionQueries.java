package org.badgeportal.collections;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Read-only queries of collections. Each returns view records in one select, however many awards there are. */
interface CollectionQueries extends Repository<BadgeCollection, Long> {

    String AWARD_ROW = """
            select new org.badgeportal.collections.CollectionAwardRow(a.publicId, b.slug, b.name, b.strapline,
                img.id, b.imageUrl, b.backgroundColor, i.slug, i.name, i.verified, a.status, a.issuedAt, a.expiresAt)
            from BadgeCollection c join c.awards a join a.badge b join b.issuer i left join b.image img
            """;

    /** Rules of a public award inside a collection: accepted, unexpired, still received by the owner. */
    String PUBLIC_AWARD = """
            a.status = org.badgeportal.awards.AwardStatus.ACCEPTED and (a.expiresAt is null or a.expiresAt > :now)
              and a.recipient.account.id = c.account.id
            """;

    @Query(value = """
            select new org.badgeportal.collections.CollectionSummary(c.name, c.description, c.publiclyVisible,
                size(c.awards))
            from BadgeCollection c where c.account.id = :accountId
            order by lower(c.name), c.name""",
            countQuery = "select count(c) from BadgeCollection c where c.account.id = :accountId")
    Page<CollectionSummary> summariesOf(@Param("accountId") Long accountId, Pageable pageable);

    @Query("""
            select new org.badgeportal.collections.CollectionHeader(c.id, c.name, c.description, c.publiclyVisible,
                acc.handle, acc.profilePublic, acc.displayName)
            from BadgeCollection c join c.account acc where acc.id = :accountId and c.name = :name""")
    Optional<CollectionHeader> ownHeader(@Param("accountId") Long accountId, @Param("name") String name);

    /** A collection that strangers may see: the profile and the collection are both public. */
    @Query("""
            select new org.badgeportal.collections.CollectionHeader(c.id, c.name, c.description, c.publiclyVisible,
                acc.handle, acc.profilePublic, acc.displayName)
            from BadgeCollection c join c.account acc
            where acc.handle = :handle and c.name = :name and acc.profilePublic = true and c.publiclyVisible = true""")
    Optional<CollectionHeader> publicHeader(@Param("handle") String handle, @Param("name") String name);

    /** Every award of the collection, in its order, whatever its state (the owner's editor). */
    @Query(AWARD_ROW + " where c.id = :collectionId order by index(a)")
    List<CollectionAwardRow> awardsOf(@Param("collectionId") Long collectionId);

    /** The awards of the collection that are public at {@code now}, in its order. */
    @Query(AWARD_ROW + " where c.id = :collectionId and " + PUBLIC_AWARD + " order by index(a)")
    List<CollectionAwardRow> publicAwardsOf(@Param("collectionId") Long collectionId, @Param("now") Instant now);

    /** The account's accepted awards that the collection does not hold yet, newest first (as many as asked). */
    @Query("""
            select new org.badgeportal.collections.CandidateAward(a.publicId, b.name, i.name, a.issuedAt)
            from org.badgeportal.awards.Award a join a.badge b join b.issuer i
            where a.recipient.account.id = :accountId and a.status = org.badgeportal.awards.AwardStatus.ACCEPTED
              and a.id not in (select held.id from BadgeCollection c join c.awards held where c.id = :collectionId)
            order by a.issuedAt desc, a.id""")
    List<CandidateAward> candidatesFor(@Param("accountId") Long accountId, @Param("collectionId") Long collectionId,
                                       Pageable first);

    /** The public collections of an account with the number of awards each shows publicly. */
    @Query("""
            select new org.badgeportal.collections.PublicCollectionLink(c.name, c.description,
                (select count(a) from BadgeCollection c2 join c2.awards a where c2.id = c.id and
                   a.status = org.badgeportal.awards.AwardStatus.ACCEPTED
                   and (a.expiresAt is null or a.expiresAt > :now) and a.recipient.account.id = c.account.id))
            from BadgeCollection c where c.account.id = :accountId and c.publiclyVisible = true
            order by lower(c.name), c.name""")
    List<PublicCollectionLink> publicCollectionsOf(@Param("accountId") Long accountId, @Param("now") Instant now);
}
