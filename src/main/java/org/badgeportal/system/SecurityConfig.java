package org.badgeportal.system;

import org.badgeportal.issuers.IssuerDashboardAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what (DESIGN.md, security model), sign-in by form, CSRF on every state-changing request and the
 * security headers. Dashboard rules come from {@link IssuerDashboardAuthorization}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** No inline scripts anywhere. Style attributes are allowed (badge colours); style elements only from us. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
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
    SecurityFilterChain portalSecurity(HttpSecurity http, IssuerDashboardAuthorization dashboard) throws Exception {
        http
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/", "/error", "/login", "/signup", "/verify/**", "/favicon.ico",
                        "/webjars/**", "/css/**", "/js/**", "/img/**", "/themes/**", "/embed.js", "/embed/**",
                        "/images/**", "/issuers/**", "/u/**", "/awards/**", "/v1/**", "/actuator/health/**")
                    .permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .requestMatchers("/manage", "/manage/new").authenticated()
                .requestMatchers("/manage/{issuer}/members/**", "/manage/{issuer}/settings/**",
                        "/manage/{issuer}/api-keys/**").access(dashboard.owners())
                .requestMatchers("/manage/{issuer}/**").access(dashboard.members())
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .usernameParameter("email")
                .failureHandler((request, response, exception) -> response.sendRedirect(
                        request.getContextPath() + (exception instanceof DisabledException
                                ? "/login?unverified" : "/login?error")))
                .permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Delegating encoder: bcrypt today, and hashes carry their algorithm so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
