package org.badgeportal.badges.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.Issuer;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface BadgeRepository extends JpaRepository<Badge, Long>, JpaSpecificationExecutor<Badge> {

    Optional<Badge> findByIssuerAndSlug(Issuer issuer, String slug);

    @Query("select b from Badge b join fetch b.issuer i where i.slug = :issuerSlug and b.slug = :slug")
    Optional<Badge> findByIssuerSlugAndSlug(String issuerSlug, String slug);

    boolean existsByIssuerAndSlug(Issuer issuer, String slug);

    /** Pairs of badge id and stored image id, for showing a page of badges without loading image bytes. */
    @Query("select b.id, b.image.id from Badge b where b.id in :badgeIds and b.image is not null")
    List<Object[]> findImageIds(Collection<Long> badgeIds);

    /** Pairs of badge id and tag, for a page of badges in one query. */
    @Query("select b.id, t from Badge b join b.tags t where b.id in :badgeIds")
    List<Object[]> findTags(Collection<Long> badgeIds);

    /** Pairs of program id and its number of badges, for one issuer. */
    @Query("select b.program.id, count(b) from Badge b where b.issuer = :issuer and b.program is not null"
            + " group by b.program.id")
    List<Object[]> countByProgram(Issuer issuer);

    long countByIssuer(Issuer issuer);

    long countByIssuerAndArchivedTrue(Issuer issuer);
}
