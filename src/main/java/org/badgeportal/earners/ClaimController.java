package org.badgeportal.earners;

import java.util.Locale;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.ClaimedRecipient;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Claim links an issuer hands to one of its site users: {@code GET} shows what would be linked and asks to
 * confirm, {@code POST} links it (once). Signed-in only: an anonymous visitor signs in first and comes back here.
 */
@Controller
@RequestMapping("/claim/{token}")
class ClaimController {

    private static final String CONFIRM_VIEW = "earners/claim";
    private static final String INVALID_VIEW = "earners/claim-invalid";

    private final AwardService service;
    private final MessageSource messages;

    ClaimController(AwardService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView confirm(@PathVariable String token) {
        return service.previewClaim(token)
                .map(preview -> new ModelAndView(CONFIRM_VIEW).addObject("claim", preview).addObject("token", token))
                .orElseGet(ClaimController::invalid);
    }

    @PostMapping
    ModelAndView claim(@PathVariable String token, @AuthenticationPrincipal SignedInAccount me,
                       RedirectAttributes redirect, Locale locale) {
        ClaimedRecipient claimed;
        try {
            claimed = service.claim(token, me.accountId());
        } catch (AwardRefusedException e) {
            if (e.reason() == AwardRefusal.INVALID_CLAIM) {
                return invalid();
            }
            ModelAndView refused = new ModelAndView("earners/refused", MyAwardsController.statusOf(e.reason()));
            return refused.addObject("refusal", messages.getMessage("awards.refusal." + e.reason().name(), null, locale));
        }
        redirect.addFlashAttribute("notice", messages.getMessage("earners.claim.done",
                new Object[] {claimed.identifier(), claimed.issuerName()}, locale));
        return new ModelAndView("redirect:/me");
    }

    /** Unknown and used links get the same page: nothing tells which tokens once existed. */
    private static ModelAndView invalid() {
        return new ModelAndView(INVALID_VIEW, HttpStatus.NOT_FOUND);
    }
}
