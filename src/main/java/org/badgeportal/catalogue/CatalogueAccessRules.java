package org.badgeportal.catalogue;

import org.badgeportal.system.PortalAccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** The home page and the issuers' public pages are open to everyone. */
@Component
class CatalogueAccessRules implements PortalAccessRules {

    @Override
    public void applyTo(HttpSecurity http) throws Exception {
        PortalAccessRules.openTo("/", "/issuers/**").applyTo(http);
    }
}
