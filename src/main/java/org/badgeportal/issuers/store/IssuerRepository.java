package org.badgeportal.issuers.store;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.badgeportal.issuers.Issuer;
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
}
