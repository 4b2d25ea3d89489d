package org.badgeportal.apikeys;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.badgeportal.accounts.SignedInAccount;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal access tokens section of {@code /me/settings}: create (the secret is shown once, as a flash
 * attribute) and revoke. The settings page itself belongs to profiles (its controller lists
 * the tokens), and the page includes {@code apikeys/tokens :: section}.
 */
@Controller
@RequestMapping("/me/settings/tokens")
class PersonalTokensController {

    static final String VIEW = "apikeys/tokens";
    static final String ROW = VIEW + " :: row";
    private static final String BACK = "redirect:/me/settings#tokens";

    private final PersonalTokens tokens;
    private final MessageSource messages;

    PersonalTokensController(PersonalTokens tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    /**
     * An invalid name comes back to the settings page through a redirect, with the binding result as a flash
     * attribute: the profile form on that page is not this controller's to render.
     */
    @PostMapping
    String create(@AuthenticationPrincipal SignedInAccount me, @Valid @ModelAttribute("tokenForm") CredentialForm form,
                  BindingResult result, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("tokenForm", form);
            redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "tokenForm", result);
            return BACK;
        }
        PersonalTokens.NewToken token = tokens.create(me.accountId(), form.name());
        redirect.addFlashAttribute("newToken", token);
        redirect.addFlashAttribute("notice", messages.getMessage("apikeys.tokens.created",
                new Object[] {token.name()}, locale));
        return BACK;
    }

    @PostMapping("/{token}/revoke")
    String revoke(@AuthenticationPrincipal SignedInAccount me, @PathVariable("token") Long tokenId,
                  HtmxRequest htmx, Model model, RedirectAttributes redirect, Locale locale) {
        SecretRow token = tokens.revoke(me.accountId(), tokenId);
        String notice = messages.getMessage("apikeys.tokens.revoked", new Object[] {token.name()}, locale);
        if (htmx.isHtmxRequest()) {
            model.addAttribute("token", token);
            model.addAttribute("rowNotice", notice);
            return ROW;
        }
        redirect.addFlashAttribute("notice", notice);
        return BACK;
    }
}
