package org.badgeportal.awards.bulk;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.awards.AwardRefusal;
import org.badgeportal.awards.AwardRefusedException;
import org.badgeportal.awards.AwardService;
import org.badgeportal.awards.BulkReport;
import org.badgeportal.awards.manage.AwardTarget;
import org.badgeportal.awards.manage.IssuerAwards;
import org.badgeportal.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk award in two steps. "Check" reads the pasted text or the uploaded CSV ({@link BulkCsv}) and shows the dry
 * run: every row with its outcome, and totals. "Award" sends the same text back (a hidden field, so nothing is
 * kept in one instance's memory); it is parsed again and {@link AwardService#commit} checks every row again
 * under the badge lock, so whatever the client sends, only valid rows are awarded, in one transaction.
 */
@Controller
@RequestMapping("/manage/{issuer}/badges/{slug}/bulk")
class BulkAwardController {

    static final String VIEW = "awards/manage/bulk";

    private final IssuerAwards queries;
    private final AwardService awards;
    private final MessageSource messages;

    BulkAwardController(IssuerAwards queries, AwardService awards, MessageSource messages) {
        this.queries = queries;
        this.awards = awards;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable("issuer") String issuerSlug, @PathVariable String slug, Model model) {
        model.addAttribute("target", target(issuerSlug, slug));
        return VIEW;
    }

    @PostMapping(params = "step=check")
    String check(@PathVariable("issuer") String issuerSlug, @PathVariable String slug,
                 @RequestParam(required = false) String text,
                 @RequestParam(required = false) MultipartFile file,
                 Model model, HttpServletResponse response, Locale locale) throws IOException {
        AwardTarget target = target(issuerSlug, slug);
        model.addAttribute("target", target);
        String upload = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
        model.addAttribute("text", upload);
        BulkCsv.Result parsed = read(upload, model, response, locale);
        if (parsed == null) {
            return VIEW;
        }
        try {
            model.addAttribute("report", awards.dryRun(target.badgeId(), parsed.rows()));
        } catch (AwardRefusedException e) {
            refuse(e.reason(), model, response, locale);
        }
        return VIEW;
    }

    @PostMapping(params = "step=commit")
    String commit(@PathVariable("issuer") String issuerSlug, @PathVariable String slug,
                  @RequestParam(required = false) String text, @AuthenticationPrincipal SignedInAccount me,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
        AwardTarget target = target(issuerSlug, slug);
        model.addAttribute("target", target);
        model.addAttribute("text", text);
        BulkCsv.Result parsed = read(text, model, response, locale);
        if (parsed == null) {
            return VIEW;
        }
        try {
            BulkReport report = awards.commit(target.badgeId(), parsed.rows(), me.accountId());
            redirect.addFlashAttribute("summary", BulkSummary.of(report));
            redirect.addFlashAttribute("notice", messages.getMessage("awards.manage.bulk.done",
                    new Object[] {report.awarded(), report.refused().size()}, locale));
            return "redirect:/manage/{issuer}/badges/{slug}/bulk";
        } catch (AwardRefusedException e) {
            refuse(e.reason(), model, response, locale);
            return VIEW;
        }
    }

    /** The rows of the upload, or null (with the problems in the model) when there is nothing to check. */
    private BulkCsv.Result read(String text, Model model, HttpServletResponse response, Locale locale) {
        if (text == null || text.isBlank()) {
            model.addAttribute("problems", List.of(messages.getMessage("awards.manage.bulk.empty", null, locale)));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return null;
        }
        BulkCsv.Result parsed = BulkCsv.parse(text);
        if (!parsed.ok()) {
            model.addAttribute("problems", parsed.problems().stream()
                    .map(p -> messages.getMessage("awards.csv." + p.kind().name(), new Object[] {String.valueOf(p.line())}, locale))
                    .toList());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return null;
        }
        if (parsed.rows().isEmpty()) {
            model.addAttribute("problems", List.of(messages.getMessage("awards.manage.bulk.empty", null, locale)));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return null;
        }
        return parsed;
    }

    private void refuse(AwardRefusal reason, Model model, HttpServletResponse response, Locale locale) {
        model.addAttribute("problems", List.of(messages.getMessage("awards.refusal." + reason.name(), null, locale)));
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }

    private AwardTarget target(String issuerSlug, String slug) {
        try {
            return queries.target(issuerSlug, slug);
        } catch (AwardRefusedException e) {
            throw new NotFoundException("Badge");
        }
    }
}
