package org.badgeportal.badges;

import java.util.Optional;
import org.badgeportal.issuers.Issuer;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface BadgeRepository extends JpaRepository<Badge, Long>, JpaSpecificationExecutor<Badge> {

    Optional<Badge> findByIssuerAndSlug(Issuer issuer, String slug);

    @Query("select b from Badge b join fetch b.issuer i where i.slug = :issuerSlug and b.slug = :slug")
    Optional<Badge> findByIssuerSlugAndSlug(String issuerSlug, String slug);

    boolean existsByIssuerAndSlug(Issuer issuer, String slug);
}
