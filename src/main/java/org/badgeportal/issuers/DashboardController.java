package org.badgeportal.issuers;

import org.badgeportal.accounts.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The issuer dashboard's overview; only members get here (IssuerDashboardAuthorization). */
@Controller
class DashboardController {

    static final String VIEW = "issuers/overview";

    private final IssuerService issuers;

    DashboardController(IssuerService issuers) {
        this.issuers = issuers;
    }

    @GetMapping("/manage/{issuer}")
    String overview(@PathVariable("issuer") String slug, @AuthenticationPrincipal SignedInAccount me, Model model) {
        IssuerOverview overview = issuers.overview(slug, me.accountId());
        model.addAttribute("overview", overview);
        model.addAttribute("issuer", overview.issuer());
        return VIEW;
    }
}
