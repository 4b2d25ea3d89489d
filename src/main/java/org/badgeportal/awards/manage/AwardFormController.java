package org.badgeportal.awards.manage;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardRequest;
import org.badgeportal.awards.AwardService;
import org.badgeportal.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Awards one badge to one recipient from the dashboard (any member of the issuer). Dates are days in UTC: the
 * award is valid from the start of {@code validFrom} (today means now) through the end of {@code expiresAt}.
 * Refusals of the award service are shown next to the field they concern, or above the form.
 */
@Controller
@RequestMapping("/manage/{issuer}/badges/{slug}/award")
class AwardFormController {

    static final String VIEW = "awards/manage/award";
    static final String FORM = "awardForm";

    private final IssuerAwards queries;
    private final AwardService awards;
    private final MessageSource messages;
    private final Clock clock;

    AwardFormController(IssuerAwards queries, AwardService awards, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.awards = awards;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String form(@PathVariable("issuer") String issuerSlug, @PathVariable String slug, Model model) {
        AwardTarget target = target(issuerSlug, slug);
        model.addAttribute(FORM, AwardForm.defaults(today(), target.validityDays()));
        model.addAttribute("target", target);
        return VIEW;
    }

    @PostMapping
    String award(@PathVariable("issuer") String issuerSlug, @PathVariable String slug,
                 @Valid @ModelAttribute(FORM) AwardForm form, BindingResult result,
                 @AuthenticationPrincipal SignedInAccount me, Model model, HttpServletResponse response,
                 RedirectAttributes redirect, Locale locale) {
        AwardTarget target = target(issuerSlug, slug);
        Instant validFrom = parseValidFrom(form.validFrom(), result);
        Instant expiresAt = parseExpiry(form.expiresAt(), result);
        if (!result.hasErrors()) {
            try {
                awards.issue(new AwardRequest(target.badgeId(), form.recipient(), form.narrative(),
                        form.evidenceLines(), validFrom, expiresAt, form.payload(), me.accountId()));
                redirect.addFlashAttribute("notice", messages.getMessage("awards.manage.form.awarded",
                        new Object[] {target.name(), form.recipient().strip()}, locale));
                return "redirect:" + UriComponentsBuilder.fromPath("/manage/{issuer}/awards")
                        .queryParam("badge", "{badge}").encode().buildAndExpand(issuerSlug, slug).toUriString();
            } catch (AwardRefusedException e) {
                reject(result, e.reason());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("target", target);
        return VIEW;
    }

    private AwardTarget target(String issuerSlug, String slug) {
        try {
            return queries.target(issuerSlug, slug);
        } catch (AwardRefusedException e) {
            throw new NotFoundException("Badge");
        }
    }

    /** Each refusal next to the field it is about; the badge's own rules (archived, limit, ...) above the form. */
    static void reject(BindingResult result, AwardRefusal reason) {
        String code = "awards.refusal." + reason.name();
        String field = switch (reason) {
            case INVALID_RECIPIENT, DUPLICATE_UNIQUE -> "recipient";
            case INVALID_NARRATIVE -> "narrative";
            case INVALID_EVIDENCE -> "evidence";
            case INVALID_DATES -> "expiresAt";
            case INVALID_PAYLOAD -> "payload";
            default -> null;
        };
        if (field == null) {
            result.reject(code);
        } else {
            result.rejectValue(field, code);
        }
    }

    /** Today (or blank) means now; another day means its start (UTC). */
    private Instant parseValidFrom(String value, BindingResult result) {
        LocalDate day = parseDate(value, "validFrom", result);
        return day == null || day.equals(today()) ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Valid through the end of that day (UTC), like a bulk upload's expiry; blank means the badge's default. */
    private Instant parseExpiry(String value, BindingResult result) {
        LocalDate day = parseDate(value, "expiresAt", result);
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static LocalDate parseDate(String value, String field, BindingResult result) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "awards.manage.form.date.invalid");
            return null;
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
