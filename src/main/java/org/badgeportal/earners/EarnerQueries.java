package org.badgeportal.earners;

import java.util.List;
import java.util.Optional;
import org.badgeportal.awards.Award;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Reads of the recipient's own pages that the award feature's repository does not have. */
interface EarnerQueries extends Repository<Award, Long> {

    @Query("""
            select new org.badgeportal.earners.StatusCount(a.status, count(a)) from Award a
            where a.recipient.account.id = :accountId group by a.status""")
    List<StatusCount> countByStatus(@Param("accountId") Long accountId);

    /** One award of the account, with what its card shows; empty when it is not theirs. */
    @Query("""
            select a from Award a join fetch a.badge b join fetch b.issuer join fetch a.recipient r
            where a.publicId = :publicId and r.account.id = :accountId""")
    Optional<Award> findOwn(@Param("publicId") String publicId, @Param("accountId") Long accountId);
}
