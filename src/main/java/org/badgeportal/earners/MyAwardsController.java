package org.badgeportal.earners;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.Transition;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.FragmentsRendering;

/**
 * The signed-in person's awards: {@code /me} (pending first, then recently accepted) and
 * {@code /me/awards?status=...}; accepting and declining in place with htmx (the answer is the same card fragment
 * the page shows, plus the counters out of band) or with a plain form post and a redirect.
 */
@Controller
class MyAwardsController {

    private static final String OVERVIEW_VIEW = "earners/index";
    private static final String LISTING_VIEW = "earners/awards";
    private static final String REFUSED_VIEW = "earners/refused";
    private static final String CARD = "earners/card :: card(award=${award}, from=${from})";

    private final MyAwards myAwards;
    private final AwardService service;
    private final MessageSource messages;

    MyAwardsController(MyAwards myAwards, AwardService service, MessageSource messages) {
        this.myAwards = myAwards;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/me")
    String overview(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "0") int page,
                    Model model) {
        MyAwards.Overview overview = myAwards.overview(me.accountId(), page);
        model.addAttribute("overview", overview);
        model.addAttribute("counts", overview.counts());
        model.addAttribute(PendingAwardsAdvice.ATTRIBUTE, PendingAwards.known(overview.counts().getPending()));
        return OVERVIEW_VIEW;
    }

    @GetMapping("/me/awards")
    String listing(@AuthenticationPrincipal SignedInAccount me,
                   @RequestParam(defaultValue = "pending") String status,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        AwardStatus filter = parseStatus(status)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        MyAwards.Listing listing = myAwards.listing(me.accountId(), filter, page);
        model.addAttribute("listing", listing);
        model.addAttribute("counts", listing.counts());
        model.addAttribute("from", status);
        model.addAttribute(PendingAwardsAdvice.ATTRIBUTE, PendingAwards.known(listing.counts().getPending()));
        return LISTING_VIEW;
    }

    /** htmx: the card again, the navigation counter, the status filters and (on /me) the pending heading. */
    @HxRequest
    @PostMapping("/me/awards/{publicId}/{action:accept|decline}")
    FragmentsRendering respondInPlace(@AuthenticationPrincipal SignedInAccount me, @PathVariable String publicId,
                                      @PathVariable String action, @RequestParam(defaultValue = "") String from,
                                      Model model, Locale locale) {
        HttpStatusCode status = HttpStatus.OK;
        try {
            respond(action, publicId, me);
        } catch (AwardRefusedException e) {
            status = statusOf(e.reason());
            model.addAttribute("refusal", refusalMessage(e.reason(), locale));
        }
        Optional<AwardCard> card = myAwards.card(me.accountId(), publicId);
        StatusCounts counts = myAwards.counts(me.accountId());
        model.addAttribute("from", safeFrom(from));
        model.addAttribute("counts", counts);
        card.ifPresent(found -> model.addAttribute("award", found));
        FragmentsRendering.Builder fragments = FragmentsRendering
                .fragment(card.isPresent() ? CARD : "earners/card :: refused(refusal=${refusal})").status(status);
        fragments.fragment("fragments/layout :: pendingCount(count=${counts.pending}, oob=true)");
        fragments.fragment("earners/card :: filters(counts=${counts}, active=${from}, oob=true)");
        if (safeFrom(from).isEmpty()) {
            fragments.fragment("earners/card :: pendingHeading(count=${counts.pending}, oob=true)");
        }
        return fragments.build();
    }

    /** Without JavaScript: the same change, then back to the page the form was on with a notice. */
    @PostMapping("/me/awards/{publicId}/{action:accept|decline}")
    Object respondAndRedirect(@AuthenticationPrincipal SignedInAccount me, @PathVariable String publicId,
                              @PathVariable String action, @RequestParam(defaultValue = "") String from,
                              RedirectAttributes redirect, Locale locale) {
        Transition transition;
        try {
            transition = respond(action, publicId, me);
        } catch (AwardRefusedException e) {
            ModelAndView refused = new ModelAndView(REFUSED_VIEW, statusOf(e.reason()));
            refused.addObject("refusal", refusalMessage(e.reason(), locale));
            return refused;
        }
        String badgeName = myAwards.card(me.accountId(), publicId).map(card -> card.badge().name()).orElse("");
        redirect.addFlashAttribute("notice", messages.getMessage(
                "earners.notice." + transition.to().name().toLowerCase(Locale.ROOT), new Object[] {badgeName}, locale));
        String back = safeFrom(from);
        return back.isEmpty() ? "redirect:/me" : "redirect:/me/awards?status=" + back;
    }

    private Transition respond(String action, String publicId, SignedInAccount me) {
        return action.equals("accept")
                ? service.accept(publicId, me.accountId())
                : service.decline(publicId, me.accountId());
    }

    private String refusalMessage(AwardRefusal reason, Locale locale) {
        return messages.getMessage("awards.refusal." + reason.name(), null, locale);
    }

    static HttpStatus statusOf(AwardRefusal reason) {
        return switch (reason) {
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case REVOKED, BUSY -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
    }

    static Optional<AwardStatus> parseStatus(String value) {
        return Arrays.stream(AwardStatus.values())
                .filter(status -> status.name().equalsIgnoreCase(value))
                .findFirst();
    }

    /** Where a form came from: empty for /me, else a status filter; anything else counts as /me. */
    static String safeFrom(String from) {
        return parseStatus(from).map(status -> status.name().toLowerCase(Locale.ROOT)).orElse("");
    }
}
