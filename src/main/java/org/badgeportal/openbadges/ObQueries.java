package org.badgeportal.openbadges;

import java.util.List;
import java.util.Optional;
import org.badgeportal.awards.Award;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The reads behind the Open Badges documents: one select each (plus the award's evidence, when it has any). */
interface ObQueries extends Repository<Award, Long> {

    @Query("""
            select a from Award a join fetch a.badge b join fetch b.issuer join fetch a.recipient
            where a.publicId = :publicId""")
    Optional<Award> findAward(@Param("publicId") String publicId);

    /** {@link #findAward} with the badge's stored image (its bytes), for baking. */
    @Query("""
            select a from Award a join fetch a.badge b join fetch b.issuer join fetch a.recipient
              left join fetch b.image
            where a.publicId = :publicId""")
    Optional<Award> findAwardWithImage(@Param("publicId") String publicId);

    /** The issuer's revoked awards, newest revocation first, at most {@code limit}. */
    @Query("""
            select new org.badgeportal.openbadges.ObDocuments$Revocation(a.publicId, a.revocationReason)
            from Award a
            where a.badge.issuer.id = :issuerId and a.status = org.badgeportal.awards.AwardStatus.REVOKED
            order by a.revokedAt desc, a.id desc""")
    List<ObDocuments.Revocation> findRevoked(@Param("issuerId") Long issuerId, Limit limit);
}
