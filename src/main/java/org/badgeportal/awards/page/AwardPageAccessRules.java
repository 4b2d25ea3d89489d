package org.badgeportal.awards.page;

import org.badgeportal.system.PortalAccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** An award's public page and its credential downloads are open to everyone: verifiers are not signed in. */
@Component
class AwardPageAccessRules implements PortalAccessRules {

    @Override
    public void applyTo(HttpSecurity http) throws Exception {
        PortalAccessRules.openTo("/awards/**").applyTo(http);
    }
}
