package org.badgeportal.catalogue;

import java.util.List;
import java.util.Locale;
import org.badgeportal.badges.BadgeQueries;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads everything the public pages show, inside one read-only transaction per page. */
@Service
@Transactional(readOnly = true)
class CatalogueService {

    static final int PAGE_SIZE = 24;
    static final int MAX_QUERY_LENGTH = 100;

    private final CatalogueQueries queries;
    private final IssuerService issuers;
    private final BadgeQueries badges;

    CatalogueService(CatalogueQueries queries, IssuerService issuers, BadgeQueries badges) {
        this.queries = queries;
        this.issuers = issuers;
        this.badges = badges;
    }

    /** Listed, unarchived badges matching {@code query} (name, strapline, tags), optionally of one issuer. */
    Page<BadgeCard> search(String query, String issuerSlug, int page) {
        return queries.findPublicCards(issuerSlug, likePattern(query), PageRequest.of(Math.max(page, 0), PAGE_SIZE))
                .map(BadgeCard::of);
    }

    List<IssuerOption> issuersWithPublicBadges() {
        return queries.findIssuersWithPublicBadges();
    }

    IssuerProfile issuerProfile(String issuerSlug) {
        Issuer issuer = issuers.requireBySlug(issuerSlug);
        return IssuerProfile.of(issuer);
    }

    /** A badge's public page: unlisted badges too (embeds link here), archived ones with a note. */
    BadgeDetails badgeDetails(String issuerSlug, String badgeSlug) {
        return badges.find(issuerSlug, badgeSlug)
                .map(BadgeDetails::of)
                .orElseThrow(() -> new NotFoundException("Badge"));
    }

    /** A case-insensitive "contains" pattern with LIKE's wildcards escaped by '!', or null to match all. */
    static String likePattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String escaped = query.trim().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
