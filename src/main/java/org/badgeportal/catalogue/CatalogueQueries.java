package org.badgeportal.catalogue;

import java.util.List;
import org.badgeportal.badges.Badge;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read-only queries of the public catalogue. Each page of cards is one select with the issuer joined in (plus a
 * count when there is more than one page), however many badges it shows.
 */
interface CatalogueQueries extends Repository<Badge, Long> {

    String PUBLIC_BADGES = """
            where b.listed = true and b.archived = false
              and (:issuer is null or i.slug = :issuer)
              and (:pattern is null
                   or lower(b.name) like :pattern escape '!'
                   or lower(b.strapline) like :pattern escape '!'
                   or exists (select 1 from Badge t join t.tags tag
                              where t.id = b.id and lower(tag) like :pattern escape '!'))
            """;

    /**
     * Listed, unarchived badges, optionally of one issuer and matching a lower-case LIKE pattern (name,
     * strapline or a tag), sorted by name.
     */
    @Query(value = "select new org.badgeportal.catalogue.BadgeCard$CardRow(i.slug, i.name, i.verified, b.slug,"
            + " b.name, b.strapline, b.backgroundColor, img.id, b.imageUrl) "
            + "from Badge b join b.issuer i left join b.image img " + PUBLIC_BADGES
            + " order by lower(b.name), b.id",
            countQuery = "select count(b) from Badge b join b.issuer i " + PUBLIC_BADGES)
    Page<BadgeCard.CardRow> findPublicCards(String issuer, String pattern, Pageable pageable);

    @Query("""
            select distinct new org.badgeportal.catalogue.IssuerOption(i.slug, i.name)
            from Badge b join b.issuer i
            where b.listed = true and b.archived = false
            order by i.name
            """)
    List<IssuerOption> findIssuersWithPublicBadges();
}
