package org.badgeportal.credentials;

import java.util.Locale;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rotates an issuer's signing key from its settings page (owners only: IssuerDashboardAuthorization guards
 * {@code /manage/{issuer}/settings/**}). Credentials already issued keep their old key.
 */
@Controller
class SigningKeyController {

    private final IssuerService issuers;
    private final IssuerKeys keys;
    private final MessageSource messages;

    SigningKeyController(IssuerService issuers, IssuerKeys keys, MessageSource messages) {
        this.issuers = issuers;
        this.keys = keys;
        this.messages = messages;
    }

    @PostMapping("/manage/{issuer}/settings/signing-key")
    String rotate(@PathVariable("issuer") String slug, RedirectAttributes redirect, Locale locale) {
        Issuer issuer = issuers.requireBySlug(slug);
        Multikey key = keys.rotate(issuer.getId());
        redirect.addFlashAttribute("notice",
                messages.getMessage("credentials.key.rotated", new Object[] {key.did()}, locale));
        return "redirect:/manage/{issuer}/settings";
    }
}
