package org.badgeportal.catalogue;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages of one issuer: its profile with its catalogue badges, and each badge's own page. */
@Controller
class IssuerPageController {

    private static final String ISSUER_VIEW = "catalogue/issuer";
    private static final String BADGE_VIEW = "catalogue/badge";

    private final CatalogueService catalogue;

    IssuerPageController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/issuers/{issuer}")
    String issuer(@PathVariable String issuer, @RequestParam(defaultValue = "0") int page, Model model) {
        IssuerProfile profile = catalogue.issuerProfile(issuer);
        model.addAttribute("issuer", profile);
        model.addAttribute("badges", catalogue.search(null, profile.slug(), page));
        model.addAttribute("pagePath", PublicLinks.issuerPath(profile.slug()));
        return ISSUER_VIEW;
    }

    @GetMapping("/issuers/{issuer}/badges/{slug}")
    String badge(@PathVariable String issuer, @PathVariable String slug, Model model) {
        model.addAttribute("badge", catalogue.badgeDetails(issuer, slug));
        return BADGE_VIEW;
    }
}
