package org.badgeportal.system;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * One feature's part of the portal's page security chain (see {@link SecurityConfig}): the paths it opens to
 * everyone or guards, and the filters it adds. Each feature contributes its own rules, so this module knows no
 * feature; rules of different features name different paths, so their order does not matter.
 */
@FunctionalInterface
public interface PortalAccessRules {

    /** Adds this feature's request rules (never {@code anyRequest()}, which the chain adds last) and filters. */
    void applyTo(HttpSecurity http) throws Exception;

    /** Rules that open these path patterns to everyone, signed in or not. */
    static PortalAccessRules openTo(String... patterns) {
        return http -> http.authorizeHttpRequests(requests -> requests.requestMatchers(patterns).permitAll());
    }
}
