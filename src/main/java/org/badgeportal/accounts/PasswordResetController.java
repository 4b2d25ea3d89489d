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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot your password?": {@code /login/forgot} asks for the address (and answers the same whether or not it has
 * an account); the mailed link {@code /reset/{token}} asks for the new password. Sign-in's rate limits count the
 * requests too, so the form cannot flood anyone's mailbox.
 */
@Controller
class PasswordResetController {

    private static final String FORGOT_VIEW = "accounts/forgot";
    private static final String SENT_VIEW = "accounts/check-mail";
    private static final String RESET_VIEW = "accounts/reset";
    private static final String INVALID_VIEW = "accounts/reset-invalid";

    private final PasswordReset reset;

    PasswordResetController(PasswordReset reset) {
        this.reset = reset;
    }

    @GetMapping("/login/forgot")
    String forgotForm(Model model) {
        model.addAttribute("emailForm", new EmailForm(""));
        return FORGOT_VIEW;
    }

    @PostMapping("/login/forgot")
    String forgot(@Valid @ModelAttribute("emailForm") EmailForm form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORGOT_VIEW;
        }
        reset.request(form.email());
        redirect.addFlashAttribute("sentTo", Account.normaliseEmail(form.email()));
        return "redirect:/login/forgot/sent";
    }

    @GetMapping("/login/forgot/sent")
    String sent(Model model) {
        model.addAttribute("passwordReset", true);
        return SENT_VIEW;
    }

    /** Unknown, used and expired links all get the same explanation (400), with a way to a new link. */
    @GetMapping("/reset/{token}")
    ModelAndView resetForm(@PathVariable String token) {
        if (!reset.isValid(token)) {
            return new ModelAndView(INVALID_VIEW, HttpStatus.BAD_REQUEST);
        }
        return new ModelAndView(RESET_VIEW).addObject("newPasswordForm", NewPasswordForm.empty());
    }

    @PostMapping("/reset/{token}")
    ModelAndView resetPassword(@PathVariable String token,
                               @Valid @ModelAttribute("newPasswordForm") NewPasswordForm form, BindingResult result) {
        if (!reset.isValid(token)) {
            return new ModelAndView(INVALID_VIEW, HttpStatus.BAD_REQUEST);
        }
        if (!result.hasFieldErrors("password") && !form.confirmed()) {
            result.rejectValue("confirmPassword", "signup.confirmPassword.mismatch");
        }
        if (result.hasErrors()) {
            return new ModelAndView(RESET_VIEW);
        }
        return reset.reset(token, form.password()) ? new ModelAndView("redirect:/login?reset")
                : new ModelAndView(INVALID_VIEW, HttpStatus.BAD_REQUEST);
    }
}
