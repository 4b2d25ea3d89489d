package org.badgeportal.developers;

import org.badgeportal.system.PortalAccessRules;
import org.badgeportal.system.SecurityConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** The developers page and the OpenAPI document are public; Swagger UI's static files get a chain of their own. */
@Configuration(proxyBeanMethods = false)
class DeveloperSecurityConfig {

    /**
     * The browsable API (springdoc's Swagger UI under /developers/swagger-ui/): the portal's policy, plus the one
     * fixed style element that swagger-ui-bundle.js 5.32.14 inserts, allowed by its hash. A new Swagger UI
     * version may change the hash: ApiPageBrowserTest fails on any CSP violation of that page.
     */
    static final String SWAGGER_UI_POLICY = SecurityConfig.CONTENT_SECURITY_POLICY.replace("style-src-elem 'self'",
            "style-src-elem 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");

    @Bean
    PortalAccessRules developerAccessRules() {
        return PortalAccessRules.openTo("/developers/**", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**",
                "/swagger-ui.html");
    }

    /** Swagger UI's static files: public, read-only, with {@link #SWAGGER_UI_POLICY}. */
    @Bean
    @Order(2)
    SecurityFilterChain swaggerUiSecurity(HttpSecurity http) throws Exception {
        http
            .securityMatcher("/developers/swagger-ui/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_UI_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
