package org.badgeportal.earners;

import jakarta.servlet.http.HttpServletRequest;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.awards.AwardReads;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page request of a signed-in person the pending counter of the navigation ({@code pendingAwards}).
 * Nothing runs for anonymous visitors, for POSTs and for htmx requests; for page requests the one count query
 * runs only if the rendered view reads it (JSON answers and redirects never do).
 */
@ControllerAdvice
class PendingAwardsAdvice {

    static final String ATTRIBUTE = "pendingAwards";

    private final AwardReads awards;

    PendingAwardsAdvice(AwardReads awards) {
        this.awards = awards;
    }

    @ModelAttribute
    void pendingAwards(@AuthenticationPrincipal SignedInAccount me, HttpServletRequest request, Model model) {
        if (me == null || !"GET".equals(request.getMethod()) || request.getHeader("HX-Request") != null) {
            return;
        }
        Long accountId = me.accountId();
        model.addAttribute(ATTRIBUTE, PendingAwards.lazy(() -> awards.pendingOf(accountId)));
    }
}
