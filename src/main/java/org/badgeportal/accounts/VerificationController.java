package org.badgeportal.accounts;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mailed verification link, the "check your mail" page and asking for a new link. */
@Controller
@RequestMapping("/verify")
class VerificationController {

    static final String SENT = "/verify/sent";
    private static final String SENT_VIEW = "accounts/check-mail";
    private static final String INVALID_VIEW = "accounts/verify-invalid";
    private static final String RESEND_VIEW = "accounts/resend";

    private final EmailVerification verification;

    VerificationController(EmailVerification verification) {
        this.verification = verification;
    }

    /** After sign-up or a resend request; shows the address when it came as a flash attribute. */
    @GetMapping("/sent")
    String sent() {
        return SENT_VIEW;
    }

    @GetMapping("/resend")
    String resendForm(Model model) {
        model.addAttribute("resendForm", new EmailForm(""));
        return RESEND_VIEW;
    }

    /** The same answer whether or not an account has that email, so the form cannot be used to find accounts. */
    @PostMapping("/resend")
    String resend(@Valid @ModelAttribute("resendForm") EmailForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return RESEND_VIEW;
        }
        verification.resend(form.email());
        redirect.addFlashAttribute("sentTo", Account.normaliseEmail(form.email()));
        redirect.addFlashAttribute("resent", true);
        return "redirect:" + SENT;
    }

    /** Unknown, used and expired links all get the same explanation (400), with a way to a new link. */
    @GetMapping("/{token}")
    ModelAndView verify(@PathVariable String token) {
        if (verification.verify(token)) {
            return new ModelAndView("redirect:/login?verified");
        }
        return new ModelAndView(INVALID_VIEW, HttpStatus.BAD_REQUEST);
    }
}
