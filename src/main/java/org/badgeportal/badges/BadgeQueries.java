package org.badgeportal.badges;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.badgeportal.badges.store.BadgeRepository;
import org.badgeportal.badges.store.ProgramRepository;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only questions about an issuer's badges, for the dashboard and for other features. A page of rows costs a
 * fixed number of queries (page with programs, count, image ids, tags), however many badges it shows.
 */
@Service
public class BadgeQueries {

    public static final int PAGE_SIZE = 20;

    private final IssuerService issuers;
    private final BadgeRepository badges;
    private final ProgramRepository programs;

    BadgeQueries(IssuerService issuers, BadgeRepository badges, ProgramRepository programs) {
        this.issuers = issuers;
        this.badges = badges;
        this.programs = programs;
    }

    /** The badge with this slug of the issuer with this slug, issuer fetched. */
    @Transactional(readOnly = true)
    public Optional<Badge> find(String issuerSlug, String badgeSlug) {
        return badges.findByIssuerSlugAndSlug(issuerSlug, badgeSlug);
    }

    /** The stored image id of each of these badges that has one, in one query, without loading image bytes. */
    @Transactional(readOnly = true)
    public Map<Long, Long> imageIds(Collection<Long> badgeIds) {
        Map<Long, Long> imageIds = new HashMap<>();
        badges.findImageIds(badgeIds).forEach(row -> imageIds.put((Long) row[0], (Long) row[1]));
        return imageIds;
    }

    /** Everything the dashboard's badge list shows: the issuer, its programs (a filter) and a page of rows. */
    public record ListPage(Issuer issuer, List<Program> programs, Page<BadgeRow> rows) {
    }

    @Transactional(readOnly = true)
    public ListPage listPage(String issuerSlug, BadgeFilter filter, int page) {
        Issuer issuer = issuers.requireBySlug(issuerSlug);
        return new ListPage(issuer, programs.findByIssuerOrderByName(issuer), search(issuer, filter, page));
    }

    @Transactional(readOnly = true)
    public Page<BadgeRow> search(Issuer issuer, BadgeFilter filter, int page) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id")));
        Page<Badge> found = badges.findAll(filter.specification(issuer), request);
        List<Long> ids = found.map(Badge::getId).getContent();
        Map<Long, Long> imageIds = new HashMap<>();
        Map<Long, List<String>> tags = new HashMap<>();
        if (!ids.isEmpty()) {
            imageIds.putAll(imageIds(ids));
            badges.findTags(ids).forEach(row ->
                    tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        }
        return found.map(badge -> new BadgeRow(badge.getId(), badge.getSlug(), badge.getName(),
                badge.getStrapline(),
                imageIds.containsKey(badge.getId()) ? "/images/" + imageIds.get(badge.getId()) : badge.getImageUrl(),
                badge.getBackgroundColor(), badge.isListed(), badge.isArchived(),
                badge.getProgram() == null ? null : badge.getProgram().getName(),
                tags.getOrDefault(badge.getId(), List.of()).stream().sorted().toList()));
    }
}
