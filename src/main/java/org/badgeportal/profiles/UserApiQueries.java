package org.badgeportal.profiles;

import java.time.Instant;
import java.util.List;
import org.badgeportal.awards.Award;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The selects behind {@code GET /api/v1/users/{handle}}: one per list, each capped by a {@link Limit}. */
interface UserApiQueries extends Repository<Award, Long> {

    /** (public id, status, expires at) of the account's awards that are not revoked, newest first. */
    @Query("""
            select a.publicId, a.status, a.expiresAt from Award a
            where a.recipient.account.id = :accountId and a.status <> org.badgeportal.awards.AwardStatus.REVOKED
            order by a.issuedAt desc, a.id desc""")
    List<Object[]> received(@Param("accountId") Long accountId, Limit limit);

    /** Awards the account issued: all but revoked ones for itself, only the public ones for others. */
    @Query("""
            select a.publicId from Award a
            where a.issuedBy.id = :accountId and a.status <> org.badgeportal.awards.AwardStatus.REVOKED
              and (:own = true or (a.status = org.badgeportal.awards.AwardStatus.ACCEPTED
                   and (a.expiresAt is null or a.expiresAt > :now)))
            order by a.issuedAt desc, a.id desc""")
    List<String> issued(@Param("accountId") Long accountId, @Param("own") boolean own, @Param("now") Instant now,
                        Limit limit);

    @Query("""
            select c.name from org.badgeportal.collections.BadgeCollection c
            where c.account.id = :accountId and (:own = true or c.publiclyVisible = true)
            order by lower(c.name), c.name""")
    List<String> collections(@Param("accountId") Long accountId, @Param("own") boolean own, Limit limit);
}
