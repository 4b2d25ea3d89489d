package org.badgeportal.apis.portal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.badgeportal.badges.Badge;
import org.badgeportal.badges.BadgeQueries;
import org.badgeportal.badges.Criterion;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.PortalProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads badges for the portal API. A list costs a fixed number of queries however many badges it holds: the
 * badges with issuer and program, then one query per collection (criteria, categories, tags, custom fields) that
 * fills the already loaded badges, and one for the stored image ids.
 */
@Service
class BadgeApiQueries {

    private static final List<String> COLLECTIONS = List.of("criteria", "categories", "tags", "customFields");

    private final EntityManager entityManager;
    private final BadgeQueries badges;
    private final PortalProperties properties;
    private final JsonMapper json;

    BadgeApiQueries(EntityManager entityManager, BadgeQueries badges, PortalProperties properties,
                    JsonMapper json) {
        this.entityManager = entityManager;
        this.badges = badges;
        this.properties = properties;
        this.json = json;
    }

    /** The issuer's badges by name; {@code archived} null for any, {@code programSlug} null for all. */
    @Transactional(readOnly = true)
    public List<BadgeJson> list(long issuerId, Boolean archived, String programSlug) {
        StringBuilder jpql = new StringBuilder("select b from Badge b join fetch b.issuer i left join fetch b.program p"
                + " where i.id = :issuerId");
        if (archived != null) {
            jpql.append(" and b.archived = :archived");
        }
        if (programSlug != null) {
            jpql.append(" and p.slug = :program");
        }
        jpql.append(" order by b.name, b.id");
        TypedQuery<Badge> query = entityManager.createQuery(jpql.toString(), Badge.class)
                .setParameter("issuerId", issuerId);
        if (archived != null) {
            query.setParameter("archived", archived);
        }
        if (programSlug != null) {
            query.setParameter("program", programSlug);
        }
        return toJson(query.getResultList());
    }

    /** One badge of the issuer, or empty. */
    @Transactional(readOnly = true)
    public Optional<BadgeJson> find(long issuerId, String slug) {
        List<Badge> found = entityManager.createQuery("select b from Badge b join fetch b.issuer i"
                        + " left join fetch b.program where i.id = :issuerId and b.slug = :slug", Badge.class)
                .setParameter("issuerId", issuerId).setParameter("slug", slug).getResultList();
        return toJson(found).stream().findFirst();
    }

    private List<BadgeJson> toJson(List<Badge> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Badge::getId).toList();
        for (String collection : COLLECTIONS) {
            entityManager.createQuery("select distinct b from Badge b left join fetch b." + collection
                    + " where b.id in :ids", Badge.class).setParameter("ids", ids).getResultList();
        }
        Map<Long, Long> imageIds = badges.imageIds(ids);
        List<BadgeJson> result = new ArrayList<>(found.size());
        for (Badge badge : found) {
            Long imageId = imageIds.get(badge.getId());
            result.add(toJson(badge, imageId == null ? badge.getImageUrl() : "/images/" + imageId));
        }
        return result;
    }

    private BadgeJson toJson(Badge badge, String imageSrc) {
        List<BadgeJson.CriterionJson> criteria = new ArrayList<>();
        for (int i = 0; i < badge.getCriteria().size(); i++) {
            Criterion criterion = badge.getCriteria().get(i);
            criteria.add(new BadgeJson.CriterionJson(i + 1, criterion.getDescription(), criterion.isRequired(),
                    criterion.getNote()));
        }
        Map<String, Object> customFields = new LinkedHashMap<>();
        badge.getCustomFields().forEach((name, literal) -> customFields.put(name, json.readTree(literal)));
        return new BadgeJson(badge.getId(), badge.getSlug(), badge.getName(), badge.getStrapline(),
                badge.getEarnerDescription(), badge.getConsumerDescription(), badge.getIssuerUrl(),
                badge.getRubricUrl(), badge.getTimeValue(),
                badge.getTimeUnits() == null ? null : badge.getTimeUnits().jsonName(), badge.getLimit(),
                badge.isUnique(), badge.getCreatedAt(), absolute(imageSrc), badge.getType(), badge.isArchived(),
                system(badge.getIssuer()), badge.getCriteriaUrl(), criteria,
                badge.getCategories().stream().sorted().toList(), badge.getTags().stream().sorted().toList(),
                List.of(), badge.getBackgroundColor(), badge.getValidityDays(), badge.getShareText(),
                badge.isListed(), badge.getProgram() == null ? null : badge.getProgram().getSlug(), customFields);
    }

    private BadgeJson.SystemJson system(Issuer issuer) {
        String image = issuer.getImage() == null ? null : absolute("/images/" + issuer.getImage().getId());
        return new BadgeJson.SystemJson(issuer.getId(), issuer.getSlug(), issuer.getUrl(), issuer.getName(),
                issuer.getContactEmail(), image, List.of());
    }

    private String absolute(String src) {
        return src == null || !src.startsWith("/") ? src : properties.link(src);
    }
}
