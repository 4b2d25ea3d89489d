package org.badgeportal.admin;

import java.util.Locale;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.issuers.IssuerService;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Site administrators list all issuers and set their verified mark; /admin/** is ADMIN only (AdminAccessRules). */
@Controller
@RequestMapping("/admin/issuers")
class AdminIssuersController {

    static final String VIEW = "admin/issuers";
    static final int PAGE_SIZE = 25;

    private final IssuerService issuers;
    private final MessageSource messages;

    AdminIssuersController(IssuerService issuers, MessageSource messages) {
        this.issuers = issuers;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(name = "q", required = false) String query,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        String q = query == null ? "" : query.trim();
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name", "slug"));
        model.addAttribute("q", q);
        model.addAttribute("issuers", issuers.search(q, request));
        return VIEW;
    }

    @PostMapping("/{issuer}/verify")
    String verify(@PathVariable("issuer") String slug, @RequestParam(name = "q", required = false) String q,
                  @RequestParam(name = "page", required = false) Integer page, RedirectAttributes redirect,
                  Locale locale) {
        return setVerified(slug, true, q, page, redirect, locale);
    }

    @PostMapping("/{issuer}/unverify")
    String unverify(@PathVariable("issuer") String slug, @RequestParam(name = "q", required = false) String q,
                    @RequestParam(name = "page", required = false) Integer page, RedirectAttributes redirect,
                    Locale locale) {
        return setVerified(slug, false, q, page, redirect, locale);
    }

    private String setVerified(String slug, boolean verified, String q, Integer page, RedirectAttributes redirect,
                               Locale locale) {
        Issuer issuer = issuers.setVerified(slug, verified);
        String key = verified ? "adminIssuers.verified" : "adminIssuers.unverified";
        redirect.addFlashAttribute("notice", messages.getMessage(key, new Object[] {issuer.getName()}, locale));
        if (StringUtils.hasText(q)) {
            redirect.addAttribute("q", q.trim());
        }
        if (page != null && page > 0) {
            redirect.addAttribute("page", page);
        }
        return "redirect:/admin/issuers";
    }
}
