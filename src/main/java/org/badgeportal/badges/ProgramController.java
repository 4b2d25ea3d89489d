package org.badgeportal.badges;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dashboard's programs: the list and a form to add one. */
@Controller
class ProgramController {

    static final String VIEW = "badges/programs";

    private final Programs programs;
    private final MessageSource messages;

    ProgramController(Programs programs, MessageSource messages) {
        this.programs = programs;
        this.messages = messages;
    }

    @GetMapping("/manage/{issuer}/programs")
    String list(@PathVariable("issuer") String issuerSlug, Model model) {
        model.addAttribute("programForm", ProgramForm.blank());
        model.addAttribute("page", programs.page(issuerSlug));
        return VIEW;
    }

    @PostMapping("/manage/{issuer}/programs")
    String create(@PathVariable("issuer") String issuerSlug,
                  @Valid @ModelAttribute("programForm") ProgramForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String name = programs.create(issuerSlug, form, result);
        if (name == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("page", programs.page(issuerSlug));
            return VIEW;
        }
        redirect.addFlashAttribute("notice",
                messages.getMessage("program.created", new Object[] {name}, LocaleContextHolder.getLocale()));
        return "redirect:/manage/{issuer}/programs";
    }
}
