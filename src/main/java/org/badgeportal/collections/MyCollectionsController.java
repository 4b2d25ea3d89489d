package org.badgeportal.collections;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.util.Locale;
import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.system.MalformedForm;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The signed-in account's collections: list and create, then one page per collection to edit its details, its
 * awards (add, remove, move up and down) and to delete it. The award actions answer an htmx request with the
 * page's own {@code items} fragment and a plain POST with a redirect, so both work.
 */
@Controller
@RequestMapping("/me/collections")
class MyCollectionsController {

    static final String LIST = "collections/list";
    static final String EDIT = "collections/edit";
    static final String ITEMS = EDIT + " :: items";
    static final String DELETE = "collections/delete";
    private static final String TO_EDIT = "redirect:/me/collections/{name}";

    private final CollectionEditor editor;
    private final MessageSource messages;

    MyCollectionsController(CollectionEditor editor, MessageSource messages) {
        this.editor = editor;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInAccount me, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("collectionForm", CollectionForm.empty());
        return listPage(me, page, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInAccount me,
                  @Valid @ModelAttribute("collectionForm") CollectionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, Locale locale) {
        MalformedForm.refuseUnbound(form, result);
        if (!result.hasErrors()) {
            try {
                String name = editor.create(me.accountId(), form);
                redirect.addAttribute("name", name);
                redirect.addFlashAttribute("notice", message("collections.created", locale, name));
                return TO_EDIT;
            } catch (DuplicateCollectionNameException e) {
                result.rejectValue("name", "collections.name.taken");
            } catch (TooManyCollectionsException e) {
                result.reject("collections.tooMany");
            }
        }
        return listPage(me, 0, model);
    }

    @GetMapping("/{name}")
    String edit(@AuthenticationPrincipal SignedInAccount me, @PathVariable("name") String name, Model model) {
        EditableCollection collection = editor.editable(me.accountId(), name);
        CollectionHeader header = collection.header();
        model.addAttribute("collectionForm",
                new CollectionForm(header.name(), header.description(), header.publiclyVisible()));
        model.addAttribute("collection", collection);
        return EDIT;
    }

    @PostMapping("/{name}")
    String update(@AuthenticationPrincipal SignedInAccount me, @PathVariable("name") String name,
                  @Valid @ModelAttribute("collectionForm") CollectionForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, Locale locale) {
        MalformedForm.refuseUnbound(form, result);
        if (!result.hasErrors()) {
            try {
                String newName = editor.update(me.accountId(), name, form);
                redirect.addAttribute("name", newName);
                redirect.addFlashAttribute("notice", message("collections.saved", locale, newName));
                return TO_EDIT;
            } catch (DuplicateCollectionNameException e) {
                result.rejectValue("name", "collections.name.taken");
            } catch (TooManyCollectionsException e) {
                result.reject("collections.tooMany");
            }
        }
        model.addAttribute("collection", editor.editable(me.accountId(), name));
        return EDIT;
    }

    @GetMapping("/{name}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInAccount me, @PathVariable("name") String name,
                         Model model) {
        model.addAttribute("collection", editor.editable(me.accountId(), name));
        return DELETE;
    }

    @PostMapping("/{name}/delete")
    String delete(@AuthenticationPrincipal SignedInAccount me, @PathVariable("name") String name,
                  RedirectAttributes redirect, Locale locale) {
        editor.delete(me.accountId(), name);
        redirect.addFlashAttribute("notice", message("collections.deleted", locale, name));
        return "redirect:/me/collections";
    }

    @PostMapping("/{name}/awards")
    String add(@AuthenticationPrincipal SignedInAccount me, @PathVariable("name") String name,
               @RequestParam(name = "award", required = false) String award, HtmxRequest htmx, Model model,
               RedirectAttributes redirect, Locale locale) {
        return changeAwards(me, name, () -> editor.add(me.accountId(), name, award), "collections.awards.added",
                htmx, model, redirect, locale);
    }

    @PostMapping("/{name}/awards/{award}/remove")
    String remove(@AuthenticationPrincipal SignedInAccount me, @PathVariable("name") String name,
                  @PathVariable("award") String award, HtmxRequest htmx, Model model, RedirectAttributes redirect,
                  Locale locale) {
        return changeAwards(me, name, () -> editor.remove(me.accountId(), name, award),
                "collections.awards.removed", htmx, model, redirect, locale);
    }

    @PostMapping("/{name}/awards/{award}/up")
    String moveUp(@AuthenticationPrincipal SignedInAccount me, @PathVariable("name") String name,
                  @PathVariable("award") String award, HtmxRequest htmx, Model model, RedirectAttributes redirect,
                  Locale locale) {
        return changeAwards(me, name, () -> editor.move(me.accountId(), name, award, true),
                "collections.awards.moved", htmx, model, redirect, locale);
    }

    @PostMapping("/{name}/awards/{award}/down")
    String moveDown(@AuthenticationPrincipal SignedInAccount me, @PathVariable("name") String name,
                    @PathVariable("award") String award, HtmxRequest htmx, Model model,
                    RedirectAttributes redirect, Locale locale) {
        return changeAwards(me, name, () -> editor.move(me.accountId(), name, award, false),
                "collections.awards.moved", htmx, model, redirect, locale);
    }

    /**
     * Runs one change of the awards. htmx gets the {@code items} fragment (with the outcome in its status line),
     * a plain form a redirect to the page, or the page itself with the refusal next to the award controls.
     */
    private String changeAwards(SignedInAccount me, String name, Runnable change, String noticeKey,
                                HtmxRequest htmx, Model model, RedirectAttributes redirect, Locale locale) {
        String refusal = null;
        try {
            change.run();
        } catch (CollectionRefusedException e) {
            refusal = messages.getMessage(e.refusal().messageKey(), null, locale);
        }
        boolean fragment = htmx.isHtmxRequest() && !htmx.isBoosted();
        if (refusal == null && !fragment) {
            redirect.addAttribute("name", name);
            redirect.addFlashAttribute("notice", message(noticeKey, locale, name));
            return TO_EDIT;
        }
        EditableCollection collection = editor.editable(me.accountId(), name);
        model.addAttribute("collection", collection);
        model.addAttribute("awardsError", refusal);
        model.addAttribute("awardsNotice", refusal == null ? message(noticeKey, locale, name) : null);
        if (fragment) {
            return ITEMS;
        }
        CollectionHeader header = collection.header();
        model.addAttribute("collectionForm",
                new CollectionForm(header.name(), header.description(), header.publiclyVisible()));
        return EDIT;
    }

    private String listPage(SignedInAccount me, int page, Model model) {
        model.addAttribute("collections", editor.list(me.accountId(), page));
        return LIST;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
