package org.badgeportal.admin;

import org.badgeportal.system.PortalAccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** Everything under {@code /admin} is for site administrators (role ADMIN) only. */
@Component
class AdminAccessRules implements PortalAccessRules {

    @Override
    public void applyTo(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/**").hasRole("ADMIN"));
    }
}
