package org.badgeportal.badges;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's badge list with search, BadgeKit's archived filter, program and tag filters, and pages; each
 * row shows its award figures (one query for the page).
 */
@Controller
class BadgeListController {

    static final String VIEW = "badges/list";

    private final BadgeQueries queries;
    private final BadgeAwardFigures awards;

    BadgeListController(BadgeQueries queries, BadgeAwardFigures awards) {
        this.queries = queries;
        this.awards = awards;
    }

    @GetMapping("/manage/{issuer}/badges")
    String list(@PathVariable("issuer") String issuerSlug,
                @RequestParam(required = false) String q,
                @RequestParam(required = false) String archived,
                @RequestParam(required = false) String program,
                @RequestParam(required = false) String tag,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        BadgeFilter filter = new BadgeFilter(q, BadgeFilter.Archived.of(archived), program, tag);
        model.addAttribute("filter", filter);
        model.addAttribute("archivedStates", BadgeFilter.Archived.values());
        BadgeQueries.ListPage listPage = queries.listPage(issuerSlug, filter, page);
        model.addAttribute("page", listPage);
        model.addAttribute("stats", awards.statistics(listPage.rows().map(BadgeRow::id).getContent()));
        model.addAttribute("pagePath", pagePath(issuerSlug, filter));
        return VIEW;
    }

    /** The list's address with the current filters, for the pagination links (blank filters left out). */
    private static String pagePath(String issuerSlug, BadgeFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/manage/{issuer}/badges");
        if (filter.q() != null) {
            uri.queryParam("q", "{q}");
        }
        uri.queryParam("archived", filter.archived().parameter());
        if (filter.program() != null) {
            uri.queryParam("program", "{program}");
        }
        if (filter.tag() != null) {
            uri.queryParam("tag", "{tag}");
        }
        return uri.encode().buildAndExpand(java.util.Map.of("issuer", issuerSlug,
                "q", String.valueOf(filter.q()), "program", String.valueOf(filter.program()),
                "tag", String.valueOf(filter.tag()))).toUriString();
    }
}
