package org.badgeportal.issuers;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An issuer's profile and acceptance policy; owners only (IssuerDashboardAuthorization). The slug never changes. */
@Controller
@RequestMapping("/manage/{issuer}/settings")
class IssuerSettingsController {

    static final String VIEW = "issuers/settings";

    private final IssuerService issuers;
    private final MessageSource messages;

    IssuerSettingsController(IssuerService issuers, MessageSource messages) {
        this.issuers = issuers;
        this.messages = messages;
    }

    @GetMapping
    String edit(@PathVariable("issuer") String slug, Model model) {
        Issuer issuer = issuers.requireBySlug(slug);
        model.addAttribute("issuer", issuer);
        model.addAttribute("issuerSettingsForm", IssuerSettingsForm.of(issuer));
        return VIEW;
    }

    @PostMapping
    String save(@PathVariable("issuer") String slug, @Valid IssuerSettingsForm issuerSettingsForm,
                BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            model.addAttribute("issuer", issuers.requireBySlug(slug));
            return VIEW;
        }
        Issuer issuer = issuers.updateSettings(slug, issuerSettingsForm);
        redirect.addFlashAttribute("notice",
                messages.getMessage("issuers.settings.saved", new Object[] {issuer.getName()}, locale));
        return "redirect:/manage/{issuer}/settings";
    }
}
