package org.badgeportal.collections;

import org.badgeportal.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A public collection of a public profile; anything else is 404 (private and missing look the same). */
@Controller
class PublicCollectionController {

    static final String VIEW = "collections/public";

    private final PublicCollections collections;

    PublicCollectionController(PublicCollections collections) {
        this.collections = collections;
    }

    @GetMapping("/u/{handle}/collections/{name}")
    String show(@PathVariable("handle") String handle, @PathVariable("name") String name, Model model) {
        model.addAttribute("collection",
                collections.find(handle, name).orElseThrow(() -> new NotFoundException("Collection")));
        return VIEW;
    }
}
