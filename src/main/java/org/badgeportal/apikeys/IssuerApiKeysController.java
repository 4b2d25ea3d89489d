package org.badgeportal.apikeys;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.badgeportal.issuers.IssuerService;
import org.badgeportal.system.PortalProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /manage/{issuer}/api-keys} (owners only, IssuerDashboardAuthorization): the issuer's keys, a form that creates one and
 * shows its secret once (a flash attribute, so reloading the page does not show it again), and revoking in place.
 */
@Controller
@RequestMapping("/manage/{issuer}/api-keys")
class IssuerApiKeysController {

    static final String VIEW = "apikeys/issuer-keys";
    static final String ROW = VIEW + " :: row";
    private static final String BACK = "redirect:/manage/{issuer}/api-keys";

    private final ApiKeys keys;
    private final IssuerService issuers;
    private final PortalProperties properties;
    private final MessageSource messages;

    IssuerApiKeysController(ApiKeys keys, IssuerService issuers, PortalProperties properties,
                            MessageSource messages) {
        this.keys = keys;
        this.issuers = issuers;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable("issuer") String slug, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("keyForm", CredentialForm.empty());
        return page(slug, page, model);
    }

    @PostMapping
    String create(@PathVariable("issuer") String slug, @Valid @ModelAttribute("keyForm") CredentialForm form,
                  BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        if (result.hasErrors()) {
            return page(slug, 0, model);
        }
        ApiKeys.NewKey key = keys.create(slug, form.name());
        redirect.addFlashAttribute("newKey", key);
        redirect.addFlashAttribute("notice", messages.getMessage("apikeys.keys.created",
                new Object[] {key.name()}, locale));
        return BACK;
    }

    @PostMapping("/{key}/revoke")
    String revoke(@PathVariable("issuer") String slug, @PathVariable("key") Long keyId, HtmxRequest htmx,
                  Model model, RedirectAttributes redirect, Locale locale) {
        SecretRow key = keys.revoke(slug, keyId);
        String notice = messages.getMessage("apikeys.keys.revoked", new Object[] {key.name()}, locale);
        if (htmx.isHtmxRequest()) {
            model.addAttribute("issuer", issuers.requireBySlug(slug));
            model.addAttribute("key", key);
            model.addAttribute("rowNotice", notice);
            return ROW;
        }
        redirect.addFlashAttribute("notice", notice);
        return BACK;
    }

    private String page(String slug, int page, Model model) {
        model.addAttribute("issuer", issuers.requireBySlug(slug));
        model.addAttribute("keys", keys.page(slug, page));
        model.addAttribute("apiBase", properties.link(""));
        return VIEW;
    }
}
