package org.badgeportal.badges;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Archive, unarchive and delete a badge (buttons on the list and the edit page). */
@Controller
@RequestMapping("/manage/{issuer}/badges/{slug}")
class BadgeLifecycleController {

    static final String DELETE_REFUSED_VIEW = "badges/delete-refused";

    private final BadgeLifecycle lifecycle;
    private final MessageSource messages;

    BadgeLifecycleController(BadgeLifecycle lifecycle, MessageSource messages) {
        this.lifecycle = lifecycle;
        this.messages = messages;
    }

    @PostMapping("/archive")
    String archive(@PathVariable("issuer") String issuerSlug, @PathVariable String slug,
                   @RequestParam(defaultValue = "edit") String back, RedirectAttributes redirect) {
        String name = lifecycle.setArchived(issuerSlug, slug, true);
        redirect.addFlashAttribute("notice", message("badge.archived", name));
        return back(back);
    }

    @PostMapping("/unarchive")
    String unarchive(@PathVariable("issuer") String issuerSlug, @PathVariable String slug,
                     @RequestParam(defaultValue = "edit") String back, RedirectAttributes redirect) {
        String name = lifecycle.setArchived(issuerSlug, slug, false);
        redirect.addFlashAttribute("notice", message("badge.unarchived", name));
        return back(back);
    }

    /** Deletes a badge without awards; a badge with awards stays, and the page offers archiving instead. */
    @PostMapping("/delete")
    String delete(@PathVariable("issuer") String issuerSlug, @PathVariable String slug, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        BadgeLifecycle.Deletion deletion = lifecycle.delete(issuerSlug, slug);
        if (!deletion.deleted()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("deletion", deletion);
            return DELETE_REFUSED_VIEW;
        }
        redirect.addFlashAttribute("notice", message("badge.deleted", deletion.badgeName()));
        return "redirect:/manage/{issuer}/badges";
    }

    /** Back where the button was: the list (with all its badges) or the badge's edit page. */
    private static String back(String back) {
        return "list".equals(back)
                ? "redirect:/manage/{issuer}/badges?archived=any"
                : "redirect:/manage/{issuer}/badges/{slug}/edit";
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
