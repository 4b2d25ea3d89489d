package org.badgeportal.issuers;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuerRepository extends JpaRepository<Issuer, Long> {

    Optional<Issuer> findBySlug(String slug);

    boolean existsBySlug(String slug);
}
