package org.badgeportal.issuers;

import jakarta.validation.Valid;
import java.util.Locale;
import org.badgeportal.accounts.SignedInAccount;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An issuer's members; owners only (IssuerDashboardAuthorization). Plain forms with redirect after POST. The last owner can be
 * neither demoted nor removed (checked by the service under a lock on the issuer).
 */
@Controller
@RequestMapping("/manage/{issuer}/members")
class MembersController {

    static final String VIEW = "issuers/members";
    /** Members per page: a team's list fits on one, a large organisation's is paged. */
    static final int PAGE_SIZE = 50;
    private static final String BACK = "redirect:/manage/{issuer}/members";

    private final IssuerService issuers;
    private final MessageSource messages;

    MembersController(IssuerService issuers, MessageSource messages) {
        this.issuers = issuers;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable("issuer") String slug, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("memberForm", MemberForm.empty());
        return page(slug, page, model);
    }

    @PostMapping
    String add(@PathVariable("issuer") String slug, @Valid MemberForm memberForm, BindingResult result,
               Model model, RedirectAttributes redirect, Locale locale) {
        if (!result.hasErrors()) {
            try {
                Membership added = issuers.addMember(slug, memberForm);
                redirect.addFlashAttribute("notice", messages.getMessage("issuers.members.added",
                        new Object[] {added.getAccount().getEmail(), role(added.getRole(), locale)}, locale));
                return BACK;
            } catch (IssuerRuleException e) {
                result.rejectValue(e.field(), e.messageKey());
            }
        }
        return page(slug, 0, model);
    }

    @PostMapping("/{membership}/role")
    String changeRole(@PathVariable("issuer") String slug, @PathVariable("membership") Long membershipId,
                      @RequestParam MembershipRole role, @AuthenticationPrincipal SignedInAccount me,
                      RedirectAttributes redirect, Locale locale) {
        try {
            String email = issuers.changeRole(slug, membershipId, role);
            redirect.addFlashAttribute("notice", messages.getMessage("issuers.members.roleChanged",
                    new Object[] {email, role(role, locale)}, locale));
            return email.equals(me.email()) && role != MembershipRole.OWNER ? "redirect:/manage/{issuer}" : BACK;
        } catch (IssuerRuleException e) {
            redirect.addFlashAttribute("warning", messages.getMessage(e.messageKey(), null, locale));
            return BACK;
        }
    }

    @PostMapping("/{membership}/remove")
    String remove(@PathVariable("issuer") String slug, @PathVariable("membership") Long membershipId,
                  @AuthenticationPrincipal SignedInAccount me, RedirectAttributes redirect, Locale locale) {
        try {
            String email = issuers.removeMember(slug, membershipId);
            redirect.addFlashAttribute("notice",
                    messages.getMessage("issuers.members.removed", new Object[] {email}, locale));
            return email.equals(me.email()) ? "redirect:/manage" : BACK;
        } catch (IssuerRuleException e) {
            redirect.addFlashAttribute("warning", messages.getMessage(e.messageKey(), null, locale));
            return BACK;
        }
    }

    private String page(String slug, int page, Model model) {
        Issuer issuer = issuers.requireBySlug(slug);
        model.addAttribute("issuer", issuer);
        model.addAttribute("members", issuers.members(issuer, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return VIEW;
    }

    private String role(MembershipRole role, Locale locale) {
        return messages.getMessage("issuers.role." + role, null, locale);
    }
}
