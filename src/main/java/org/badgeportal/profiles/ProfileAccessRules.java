package org.badgeportal.profiles;

import org.badgeportal.system.PortalAccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** Public profiles ({@code /u/{handle}}) are open to everyone. */
@Component
class ProfileAccessRules implements PortalAccessRules {

    @Override
    public void applyTo(HttpSecurity http) throws Exception {
        PortalAccessRules.openTo("/u/**").applyTo(http);
    }
}
