package org.badgeportal.badges;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.system.MalformedForm;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The badge editor: create and edit with every field, the live preview (htmx, never saves) and extra criteria
 * rows (htmx). A form with errors is shown again with 422 and each error next to its field.
 */
@Controller
@RequestMapping("/manage/{issuer}/badges")
class BadgeEditorController {

    static final String VIEW = "badges/form";
    static final String FORM = "badgeForm";
    private static final Pattern CRITERIA_ROW = Pattern.compile("criteria\\[(\\d{1,3})]\\.\\w+");
    private static final int MAX_ROW = 255;
    private static final Pattern CRITERIA_FIELD = Pattern.compile("criteria\\[(\\d+)]\\..*");

    private final BadgeEditor editor;
    private final MessageSource messages;

    BadgeEditorController(BadgeEditor editor, MessageSource messages) {
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newBadge(@PathVariable("issuer") String issuerSlug, Model model) {
        return show(editor.newBadge(issuerSlug), model);
    }

    @PostMapping("/new")
    String create(@PathVariable("issuer") String issuerSlug, @Valid @ModelAttribute(FORM) BadgeForm form,
                  BindingResult result, @RequestParam(name = "imageFile", required = false) MultipartFile imageFile,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MalformedForm.refuseUnbound(form, result);
        String slug = editor.create(issuerSlug, form, imageFile, result);
        if (slug == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showAgain(editor.pageFor(issuerSlug, null, form), model, result);
        }
        redirect.addFlashAttribute("notice", message("badge.created", form.name().strip()));
        return "redirect:/manage/{issuer}/badges/" + slug + "/edit";
    }

    @GetMapping("/{slug}/edit")
    String edit(@PathVariable("issuer") String issuerSlug, @PathVariable String slug, Model model) {
        return show(editor.editBadge(issuerSlug, slug), model);
    }

    @PostMapping("/{slug}/edit")
    String update(@PathVariable("issuer") String issuerSlug, @PathVariable String slug,
                  @Valid @ModelAttribute(FORM) BadgeForm form, BindingResult result,
                  @RequestParam(name = "imageFile", required = false) MultipartFile imageFile,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MalformedForm.refuseUnbound(form, result);
        String newSlug = editor.update(issuerSlug, slug, form, imageFile, result);
        if (newSlug == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showAgain(editor.pageFor(issuerSlug, slug, form), model, result);
        }
        redirect.addFlashAttribute("notice", message("badge.saved", form.name().strip()));
        return "redirect:/manage/{issuer}/badges/" + newSlug + "/edit";
    }

    /** The card with the values typed so far. Bad values are simply not shown; nothing is saved. */
    @PostMapping("/preview")
    String preview(@PathVariable("issuer") String issuerSlug, @RequestParam(required = false) String badge,
                   @ModelAttribute(FORM) BadgeForm form, BindingResult ignored,
                   @RequestParam(name = "imageFile", required = false) MultipartFile imageFile, Model model) {
        MalformedForm.refuseUnbound(form, ignored);
        model.addAttribute("preview", editor.preview(issuerSlug, badge, form, imageFile));
        return VIEW + " :: preview";
    }

    /** One more empty criteria row, followed by the button for the next one. */
    @GetMapping("/criteria-row")
    String criterionRow(@PathVariable("issuer") String issuerSlug, @RequestParam int index, Model model) {
        model.addAttribute("index", Math.max(0, Math.min(index, 255)));
        model.addAttribute("emptyRow", BadgeForm.CriterionForm.empty());
        model.addAttribute("issuerSlug", issuerSlug);
        return VIEW + " :: newCriterionRow";
    }

    /**
     * Criteria rows are {@code criteria[n].field} with n from 0 to 255 (the criteria-row fragment never numbers
     * more): another name starting with {@code criteria[} (a higher, negative, blank or spaced number) is a
     * malformed request. Refused before binding, as Spring's binder fails on such names instead of refusing them.
     */
    @ModelAttribute
    void refuseRowsBeyondTheForm(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!name.startsWith("criteria[")) {
                continue;
            }
            Matcher row = CRITERIA_ROW.matcher(name);
            if (!row.matches() || Integer.parseInt(row.group(1)) > MAX_ROW) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        }
    }

    private String show(BadgeEditor.EditorPage page, Model model) {
        model.addAttribute(FORM, page.form());
        return showAgain(page, model, null);
    }

    private String showAgain(BadgeEditor.EditorPage page, Model model, BindingResult result) {
        model.addAttribute("page", page);
        model.addAttribute("criteriaErrors", criteriaErrors(result));
        model.addAttribute("preview", BadgeEditor.previewOf(page));
        model.addAttribute("timeUnits", TimeUnits.values());
        return VIEW;
    }

    /**
     * The errors of each criteria row by row number. Rows are not bean properties of the form record, so the
     * template cannot ask {@code #fields} for them.
     */
    private Map<Integer, List<String>> criteriaErrors(BindingResult result) {
        Map<Integer, List<String>> errors = new HashMap<>();
        if (result == null) {
            return errors;
        }
        for (FieldError error : result.getFieldErrors()) {
            Matcher row = CRITERIA_FIELD.matcher(error.getField());
            if (row.matches()) {
                errors.computeIfAbsent(Integer.valueOf(row.group(1)), i -> new ArrayList<>())
                        .add(messages.getMessage(error, LocaleContextHolder.getLocale()));
            }
        }
        return errors;
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
