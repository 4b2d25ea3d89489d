package org.badgeportal.accounts;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign up: the form, then "check your mail". */
@Controller
class SignupController {

    private static final String VIEW = "accounts/signup";

    private final SignupService signups;

    SignupController(SignupService signups) {
        this.signups = signups;
    }

    /** {@code ?email=} comes from the link in an award mail: the address the award waits for. */
    @GetMapping("/signup")
    String form(@RequestParam(required = false) String email, Model model) {
        model.addAttribute("signupForm", SignupForm.forEmail(email));
        return VIEW;
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("signupForm") SignupForm form, BindingResult result,
                  RedirectAttributes redirect) {
        signups.check(form, result);
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            Account account = signups.signUp(form);
            redirect.addFlashAttribute("sentTo", account.getEmail());
            return "redirect:" + VerificationController.SENT;
        } catch (DuplicateAccountException e) {
            result.rejectValue(e.field(), "signup." + e.field() + ".taken");
            return VIEW;
        }
    }
}
