package org.badgeportal.images;

import org.badgeportal.system.PortalAccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** Badge and issuer images are public: they appear on public pages, in the embed and in credentials. */
@Component
class ImageAccessRules implements PortalAccessRules {

    @Override
    public void applyTo(HttpSecurity http) throws Exception {
        PortalAccessRules.openTo("/images/**").applyTo(http);
    }
}
