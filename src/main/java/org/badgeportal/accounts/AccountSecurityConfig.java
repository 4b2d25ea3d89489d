package org.badgeportal.accounts;

import org.badgeportal.ratelimits.RateLimits;
import org.badgeportal.system.PortalAccessRules;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Signing in, up and out: the public account pages, sign-in by form (attempts counted before any password is
 * checked), and how passwords are hashed.
 */
@Configuration(proxyBeanMethods = false)
class AccountSecurityConfig {

    @Bean
    PortalAccessRules accountAccessRules(SignInRateLimitFilter signInLimit) {
        return http -> http
            .addFilterBefore(signInLimit, UsernamePasswordAuthenticationFilter.class)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/login/forgot/**", "/reset/**", "/signup", "/verify/**").permitAll())
            .formLogin(form -> form
                .loginPage("/login")
                .usernameParameter("email")
                .failureHandler((request, response, exception) -> response.sendRedirect(
                        request.getContextPath() + (exception instanceof DisabledException
                                ? "/login?unverified" : "/login?error")))
                .permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/?signedOut"));
    }

    @Bean
    SignInRateLimitFilter signInRateLimitFilter(RateLimits limits) {
        return new SignInRateLimitFilter(limits);
    }

    /** The filter runs in the security chain only, not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<SignInRateLimitFilter> signInRateLimitFilterRegistration(SignInRateLimitFilter filter) {
        FilterRegistrationBean<SignInRateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** Delegating encoder: bcrypt today, and hashes carry their algorithm so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
