package org.badgeportal.catalogue;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public catalogue: listed badges of every issuer, searchable and filtered by issuer. */
@Controller
class CatalogueController {

    private static final String VIEW = "catalogue/index";

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/")
    String catalogue(@RequestParam(required = false) String q, @RequestParam(required = false) String issuer,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        String query = clean(q, CatalogueService.MAX_QUERY_LENGTH);
        String issuerSlug = clean(issuer, 50);
        Page<BadgeCard> badges = catalogue.search(query, issuerSlug, page);
        model.addAttribute("badges", badges);
        model.addAttribute("q", query);
        model.addAttribute("issuer", issuerSlug);
        model.addAttribute("filtered", query != null || issuerSlug != null);
        model.addAttribute("issuers", catalogue.issuersWithPublicBadges());
        model.addAttribute("pagePath", pagePath(query, issuerSlug));
        return VIEW;
    }

    /** The catalogue's address with the current search, for the pagination links (values URL-encoded). */
    private static String pagePath(String query, String issuerSlug) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/");
        if (query != null) {
            builder.queryParam("q", query);
        }
        if (issuerSlug != null) {
            builder.queryParam("issuer", issuerSlug);
        }
        return builder.encode().build().toUriString();
    }

    private static String clean(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() > maxLength ? trimmed.substring(0, maxLength) : trimmed;
    }
}
