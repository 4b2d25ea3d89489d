package org.badgeportal.issuers;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface IssuerRepository extends JpaRepository<Issuer, Long> {

    Optional<Issuer> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** Locks the issuer's row: membership changes of one issuer run one after another (last-owner rule). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Issuer i where i.slug = :slug")
    Optional<Issuer> findBySlugForUpdate(String slug);

    /** Search by name or slug; Spring Data escapes the user's % and _ in "containing" queries. */
    Page<Issuer> findByNameContainingIgnoreCaseOrSlugContainingIgnoreCase(String name, String slug,
                                                                          Pageable pageable);

    // The badge counts name the Badge entity in JPQL only, so that this package does not depend on the badges
    // package (which depends on this one).
    @Query("select count(b) from Badge b where b.issuer = :issuer")
    long countBadges(Issuer issuer);

    @Query("select count(b) from Badge b where b.issuer = :issuer and b.archived = true")
    long countArchivedBadges(Issuer issuer);
}
