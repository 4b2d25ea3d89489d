package org.badgeportal.profiles;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.badgeportal.accounts.Account;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.apikeys.CredentialForm;
import org.badgeportal.apikeys.PersonalTokens;
import org.badgeportal.system.MalformedForm;
import org.badgeportal.system.PortalProperties;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /me/settings}: display name, handle and a public or private profile, with the profile's address, and the
 * account's personal access tokens (created and revoked by {@code apikeys.PersonalTokensController}).
 */
@Controller
@RequestMapping("/me/settings")
class SettingsController {

    static final String VIEW = "profiles/settings";

    private final ProfileSettings settings;
    private final UserDetailsService userDetails;
    private final PortalProperties properties;
    private final MessageSource messages;
    private final PersonalTokens tokens;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    SettingsController(ProfileSettings settings, UserDetailsService userDetails, PortalProperties properties,
                       MessageSource messages, PersonalTokens tokens) {
        this.tokens = tokens;
        this.settings = settings;
        this.userDetails = userDetails;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping
    String edit(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "0") int page,
                Model model) {
        Account account = settings.account(me.accountId());
        model.addAttribute("settingsForm", SettingsForm.of(account));
        return page(account, page, model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal SignedInAccount me, @Valid @ModelAttribute("settingsForm") SettingsForm form,
                BindingResult result, Model model, RedirectAttributes redirect, Locale locale,
                HttpServletRequest request, HttpServletResponse response) {
        MalformedForm.refuseUnbound(form, result);
        settings.check(me.accountId(), form, result);
        if (!result.hasErrors()) {
            try {
                Account account = settings.save(me.accountId(), form);
                refreshPrincipal(account, request, response);
                redirect.addFlashAttribute("notice", messages.getMessage("profiles.settings.saved", null, locale));
                return "redirect:/me/settings";
            } catch (DuplicateHandleException e) {
                result.rejectValue("handle", "signup.handle.taken");
            }
        }
        return page(settings.account(me.accountId()), 0, model);
    }

    private String page(Account account, int page, Model model) {
        model.addAttribute("handle", account.getHandle());
        model.addAttribute("profileUrl", properties.link("/u/" + account.getHandle()));
        model.addAttribute("profilePublic", account.isProfilePublic());
        model.addAttribute("personalTokens", tokens.page(account.getId(), page));
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", CredentialForm.empty());
        }
        return VIEW;
    }

    /** The navigation bar shows the principal's display name: keep it in step with the saved one. */
    private void refreshPrincipal(Account account, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof SignedInAccount)) {
            return;
        }
        UserDetails fresh = userDetails.loadUserByUsername(account.getEmail());
        UsernamePasswordAuthenticationToken updated =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        updated.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
