package org.badgeportal.catalogue;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public catalogue of listed badges. */
@Controller
class CatalogueController {

    @GetMapping("/")
    String catalogue() {
        return "catalogue/index";
    }
}
