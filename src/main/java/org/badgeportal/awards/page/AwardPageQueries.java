package org.badgeportal.awards.page;

import java.util.Optional;
import org.badgeportal.awards.Award;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The one read of the verification page: the award with badge, issuer, recipient and linked account. */
interface AwardPageQueries extends Repository<Award, Long> {

    @Query("""
            select a from Award a join fetch a.badge b join fetch b.issuer join fetch a.recipient r
              left join fetch r.account
            where a.publicId = :publicId""")
    Optional<Award> findForPage(@Param("publicId") String publicId);
}
