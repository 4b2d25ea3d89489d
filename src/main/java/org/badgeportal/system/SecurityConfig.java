package org.badgeportal.system;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security chain of the portal's pages: CSRF on every state-changing request, the security headers, and the
 * access rules each feature contributes as {@link PortalAccessRules} (sign-in by form, the dashboard, the admin
 * pages, the public pages). What no rule opens needs a signed-in account. The JSON APIs, the embed and the
 * browsable API have chains of their own, ordered before this one, in their modules.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    /** No inline scripts anywhere. Style attributes are allowed (badge colours); style elements only from us. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "style-src-elem 'self'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data: https: http:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, List<PortalAccessRules> features) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/error", "/favicon.ico", "/webjars/**", "/css/**", "/js/**", "/img/**",
                        "/actuator/health/**", "/actuator/prometheus")
                    .permitAll());
        for (PortalAccessRules rules : features) {
            rules.applyTo(http);
        }
        http
            .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
            // An htmx call whose session has expired must not swap the login page into a table cell: tell htmx to
            // go to the login page instead.
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn()))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Anonymous callers go to the login page: by a redirect, or for htmx calls by telling htmx to go there. */
    private static AuthenticationEntryPoint signIn() {
        LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        loginPage.setFavorRelativeUris(true);
        return (request, response, exception) -> {
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                loginPage.commence(request, response, exception);
            }
        };
    }
}
