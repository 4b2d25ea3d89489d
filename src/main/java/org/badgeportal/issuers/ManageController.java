package org.badgeportal.issuers;

import jakarta.validation.Valid;
import java.util.Locale;
import org.badgeportal.accounts.SignedInAccount;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My issuers" and creating a new issuer. */
@Controller
@RequestMapping("/manage")
class ManageController {

    static final String LIST_VIEW = "issuers/list";
    static final String NEW_VIEW = "issuers/new";

    private final IssuerService issuers;
    private final MessageSource messages;

    ManageController(IssuerService issuers, MessageSource messages) {
        this.issuers = issuers;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInAccount me, Model model) {
        model.addAttribute("memberships", issuers.membershipsOf(me.accountId()));
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newIssuer(Model model) {
        model.addAttribute("issuerForm", IssuerForm.empty());
        return NEW_VIEW;
    }

    @PostMapping("/new")
    String create(@Valid IssuerForm issuerForm, BindingResult result, @AuthenticationPrincipal SignedInAccount me,
                  RedirectAttributes redirect, Locale locale) {
        if (!result.hasFieldErrors("slug")) {
            try {
                issuers.checkSlugAvailable(issuerForm.slug());
            } catch (IssuerRuleException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        if (result.hasErrors()) {
            return NEW_VIEW;
        }
        Issuer issuer;
        try {
            issuer = issuers.create(issuerForm, me.accountId());
        } catch (IssuerRuleException e) {
            result.rejectValue(e.field(), e.messageKey());
            return NEW_VIEW;
        }
        redirect.addFlashAttribute("notice",
                messages.getMessage("issuers.created", new Object[] {issuer.getName()}, locale));
        redirect.addAttribute("issuer", issuer.getSlug());
        return "redirect:/manage/{issuer}";
    }
}
