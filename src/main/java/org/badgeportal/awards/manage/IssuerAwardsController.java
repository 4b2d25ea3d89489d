package org.badgeportal.awards.manage;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.awards.Award;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.AwardStatus;
import org.badgeportal.awards.lifecycle.AwardNotifications;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.system.NotFoundException;
import org.badgeportal.system.PortalProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * All awards of an issuer, newest first, with filters and pages, and the actions on one award in place (htmx):
 * revoke with a reason, send the notification again, create a claim link for a site user. Each action answers
 * an htmx request with the row, rendered by the same fragment as the list; without htmx it redirects back.
 */
@Controller
@RequestMapping("/manage/{issuer}/awards")
class IssuerAwardsController {

    static final String VIEW = "awards/manage/list";
    static final String ROW = VIEW + " :: row";
    private static final String BACK = "redirect:/manage/{issuer}/awards";

    private final IssuerService issuers;
    private final IssuerAwards queries;
    private final AwardService awards;
    private final AwardNotifications notifications;
    private final PortalProperties properties;
    private final MessageSource messages;

    IssuerAwardsController(IssuerService issuers, IssuerAwards queries, AwardService awards,
                           AwardNotifications notifications, PortalProperties properties, MessageSource messages) {
        this.issuers = issuers;
        this.queries = queries;
        this.awards = awards;
        this.notifications = notifications;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable("issuer") String issuerSlug,
                @RequestParam(required = false) String status,
                @RequestParam(required = false) String badge,
                @RequestParam(required = false) String recipient,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        Issuer issuer = issuers.requireBySlug(issuerSlug);
        AwardFilter filter = AwardFilter.of(status, badge, recipient);
        model.addAttribute("issuer", issuer);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", AwardStatus.values());
        model.addAttribute("badges", queries.badgeOptions(issuer));
        IssuerAwards.Listing listing = queries.page(issuer, filter, page);
        model.addAttribute("page", listing.page());
        model.addAttribute("more", listing.more());
        model.addAttribute("pagePath", pagePath(issuerSlug, filter));
        return VIEW;
    }

    @PostMapping("/{award}/revoke")
    String revoke(@PathVariable("issuer") String issuerSlug, @PathVariable("award") String publicId,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInAccount me,
                  HtmxRequest htmx, Model model, RedirectAttributes redirect, Locale locale) {
        IssuerAwardRow before = requireRow(issuerSlug, publicId);
        String error = null;
        try {
            awards.revoke(publicId, reason, me.accountId());
        } catch (AwardRefusedException e) {
            error = refusal(e, locale);
        }
        String notice = error == null ? text("awards.manage.revoked", locale, before.badgeName(), before.recipient()) : null;
        return answer(issuerSlug, publicId, htmx, model, redirect, notice, error, null);
    }

    @PostMapping("/{award}/resend")
    String resend(@PathVariable("issuer") String issuerSlug, @PathVariable("award") String publicId,
                  @AuthenticationPrincipal SignedInAccount me, HtmxRequest htmx, Model model,
                  RedirectAttributes redirect, Locale locale) {
        IssuerAwardRow before = requireRow(issuerSlug, publicId);
        String error = null;
        try {
            if (!notifications.resend(publicId, me.accountId())) {
                error = text("awards.manage.resend.noAddress", locale);
            }
        } catch (AwardRefusedException e) {
            error = refusal(e, locale);
        }
        String notice = error == null ? text("awards.manage.resent", locale, before.recipient()) : null;
        return answer(issuerSlug, publicId, htmx, model, redirect, notice, error, null);
    }

    @PostMapping("/{award}/claim-link")
    String claimLink(@PathVariable("issuer") String issuerSlug, @PathVariable("award") String publicId,
                     @AuthenticationPrincipal SignedInAccount me, HtmxRequest htmx, Model model,
                     RedirectAttributes redirect, Locale locale) {
        IssuerAwardRow row = requireRow(issuerSlug, publicId);
        String error = null;
        String link = null;
        try {
            link = properties.link("/claim/" + awards.createClaimLink(row.recipientId(), me.accountId()));
        } catch (AwardRefusedException e) {
            error = refusal(e, locale);
        }
        String notice = link == null ? null : text("awards.manage.claimLink.created", locale, row.recipient(), link);
        return answer(issuerSlug, publicId, htmx, model, redirect, notice, error, link);
    }

    /** A refusal by the rules of the service is shown; acting without being a member is a 403. */
    @ExceptionHandler(AwardRefusedException.class)
    void refused(AwardRefusedException e, HttpServletResponse response) throws IOException {
        response.sendError(e.reason() == AwardRefusal.NOT_FOUND ? HttpStatus.NOT_FOUND.value() : HttpStatus.FORBIDDEN.value());
    }

    private String answer(String issuerSlug, String publicId, HtmxRequest htmx, Model model,
                          RedirectAttributes redirect, String notice, String error, String claimLink) {
        if (htmx.isHtmxRequest()) {
            model.addAttribute("issuer", issuers.requireBySlug(issuerSlug));
            model.addAttribute("award", requireRow(issuerSlug, publicId));
            model.addAttribute("rowNotice", notice);
            model.addAttribute("rowError", error);
            model.addAttribute("claimLink", claimLink);
            return ROW;
        }
        if (error != null) {
            redirect.addFlashAttribute("warning", error);
        } else {
            redirect.addFlashAttribute("notice", notice);
        }
        return BACK;
    }

    private IssuerAwardRow requireRow(String issuerSlug, String publicId) {
        return queries.row(issuerSlug, publicId).orElseThrow(() -> new NotFoundException("Award"));
    }

    private String refusal(AwardRefusedException e, Locale locale) {
        if (e.reason() == AwardRefusal.FORBIDDEN || e.reason() == AwardRefusal.NOT_FOUND) {
            throw e;
        }
        return text("awards.refusal." + e.reason().name(), locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, locale);
    }

    /** The list's address with the current filters, for the pagination links. */
    static String pagePath(String issuerSlug, AwardFilter filter) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/manage/{issuer}/awards")
                .queryParam("status", "{status}");
        Map<String, String> values = new HashMap<>();
        values.put("issuer", issuerSlug);
        values.put("status", filter.statusParameter());
        if (filter.badge() != null) {
            uri.queryParam("badge", "{badge}");
            values.put("badge", filter.badge());
        }
        if (filter.recipient() != null) {
            uri.queryParam("recipient", "{recipient}");
            values.put("recipient", filter.recipient());
        }
        return uri.encode().buildAndExpand(values).toUriString();
    }
}
