package org.badgeportal.exports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.badgeportal.exports.IssuerRestore.Restored;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Site administrators restore an issuer from its JSON export (/admin/** is ADMIN only, AdminAccessRules). Uploads
 * are capped at 64 MB (spring.servlet.multipart.max-file-size); a refused file writes nothing.
 */
@Controller
@RequestMapping("/admin/restore")
class RestoreController {

    static final String VIEW = "exports/restore";

    private final IssuerRestore restore;
    private final MessageSource messages;

    RestoreController(IssuerRestore restore, MessageSource messages) {
        this.restore = restore;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("restoreForm", RestoreForm.empty());
        return VIEW;
    }

    @PostMapping
    String restore(@ModelAttribute RestoreForm restoreForm, BindingResult result, RedirectAttributes redirect,
                   Locale locale) {
        if (!StringUtils.hasText(restoreForm.ownerEmail())) {
            result.rejectValue("ownerEmail", "exports.restore.refused.ownerRequired");
        }
        if (restoreForm.file() == null || restoreForm.file().isEmpty()) {
            result.rejectValue("file", "exports.restore.refused.noFile");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        Restored restored;
        try (InputStream in = restoreForm.file().getInputStream()) {
            restored = restore.restore(in, restoreForm.ownerEmail().trim());
        } catch (RestoreRefusedException refused) {
            result.rejectValue(refused.field(), refused.messageKey(), refused.arguments(), null);
            return VIEW;
        } catch (DataAccessException | IOException unreadable) {
            // A value the checks let through but the database refused (or a broken upload): all undone.
            result.rejectValue("file", "exports.restore.refused.notAnExport", new Object[] {"$"}, null);
            return VIEW;
        }
        redirect.addFlashAttribute("notice", messages.getMessage("exports.restore.done", new Object[] {
            restored.name(), restored.badges(), restored.recipients(), restored.awards(), restored.owner()}, locale));
        return "redirect:/admin/issuers?q=" + restored.slug();
    }
}
