package org.badgeportal.profiles;

import org.badgeportal.accounts.SignedInAccount;
import org.badgeportal.system.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /u/{handle}}: an account's public profile; a private one answers 404 to everyone but its owner. */
@Controller
class ProfileController {

    static final String VIEW = "profiles/profile";

    private final Profiles profiles;

    ProfileController(Profiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/u/{handle}")
    String show(@PathVariable("handle") String handle, @AuthenticationPrincipal SignedInAccount viewer,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("profile", profiles.find(handle, viewer == null ? null : viewer.accountId(), page)
                .orElseThrow(() -> new NotFoundException("Profile")));
        return VIEW;
    }
}
