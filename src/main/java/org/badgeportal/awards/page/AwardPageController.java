package org.badgeportal.awards.page;

import org.badgeportal.accounts.SignedInAccount;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code /awards/{publicId}}: the public verification page of one award (Open Badges "hosted assertion"). */
@Controller
class AwardPageController {

    private static final String VIEW = "awards/award";

    private final AwardPages pages;

    AwardPageController(AwardPages pages) {
        this.pages = pages;
    }

    @GetMapping("/awards/{publicId}")
    String award(@PathVariable String publicId, @AuthenticationPrincipal SignedInAccount viewer, Model model) {
        model.addAttribute("award", pages.page(publicId, viewer == null ? null : viewer.accountId()));
        return VIEW;
    }
}
