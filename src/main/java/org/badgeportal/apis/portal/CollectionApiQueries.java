package org.badgeportal.apis.portal;

import java.time.Instant;
import java.util.List;
import org.badgeportal.collections.BadgeCollection;
import org.badgeportal.collections.CollectionHeader;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The selects of the collections API: the headers of an account's collections, then all their awards at once. */
interface CollectionApiQueries extends Repository<BadgeCollection, Long> {

    @Query("""
            select new org.badgeportal.collections.CollectionHeader(c.id, c.name, c.description, c.publiclyVisible,
                acc.handle, acc.profilePublic, acc.displayName)
            from BadgeCollection c join c.account acc
            where acc.id = :accountId and (:own = true or c.publiclyVisible = true)
            order by lower(c.name), c.name""")
    List<CollectionHeader> headers(@Param("accountId") Long accountId, @Param("own") boolean own);

    /** (collection id, award public id) of the account's collections, each in its order. */
    @Query("""
            select c.id, a.publicId from BadgeCollection c join c.awards a
            where c.account.id = :accountId
              and (:own = true or (c.publiclyVisible = true
                   and a.status = org.badgeportal.awards.AwardStatus.ACCEPTED
                   and (a.expiresAt is null or a.expiresAt > :now) and a.recipient.account.id = c.account.id))
            order by c.id, index(a)""")
    List<Object[]> awardIds(@Param("accountId") Long accountId, @Param("own") boolean own,
                            @Param("now") Instant now);
}
