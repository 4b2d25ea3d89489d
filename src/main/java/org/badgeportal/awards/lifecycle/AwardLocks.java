package org.badgeportal.awards.lifecycle;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.badgeportal.awards.Award;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.Issuer;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Row locks ({@code select ... for update}) that make the award rules hold under concurrent requests. Always
 * lock in this order: badge, then issuer (recipient creation), so two transactions never wait on each other.
 */
public interface AwardLocks extends Repository<Badge, Long> {

    /** Serialises every award of one badge: counting for {@code unique} and {@code limit} happens under it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from Badge b where b.id = :id")
    Optional<Badge> lockBadge(@Param("id") Long id);

    /** Serialises the creation of recipients inside one issuer (a second insert would break the unique key). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Issuer i where i.id = :id")
    Optional<Issuer> lockIssuer(@Param("id") Long id);

    /** Serialises the lifecycle changes of one award (accept, decline, revoke). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Award a where a.publicId = :publicId")
    Optional<Award> lockAward(@Param("publicId") String publicId);
}
