package org.badgeportal.developers;

import org.badgeportal.apis.SandboxProperties;
import org.badgeportal.system.PortalProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The developers page: the three APIs, authentication, signed requests, limits and the browsable API. */
@Controller
class DevelopersController {

    private final PortalProperties properties;
    private final SandboxProperties sandbox;

    DevelopersController(PortalProperties properties, SandboxProperties sandbox) {
        this.properties = properties;
        this.sandbox = sandbox;
    }

    @GetMapping({"/developers", "/developers/"})
    String developers(Model model) {
        model.addAttribute("example", SignedRequestExample.EXAMPLE);
        model.addAttribute("baseUrl", properties.link(""));
        model.addAttribute("sandbox", sandbox.enabled());
        return "developers/index";
    }
}
