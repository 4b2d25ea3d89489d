package org.badgeportal.ratelimits;

import org.badgeportal.api.ApiErrorWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rate limit filters, for the security chains only (see {@code SecurityConfig}): they are not registered
 * with the servlet container, where they would run a second time for every request.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfig {

    @Bean
    ApiRateLimitFilter apiRateLimitFilter(RateLimits limits, ApiErrorWriter errors) {
        return new ApiRateLimitFilter(limits, errors);
    }

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilterRegistration(ApiRateLimitFilter filter) {
        FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SignInRateLimitFilter signInRateLimitFilter(RateLimits limits) {
        return new SignInRateLimitFilter(limits);
    }

    @Bean
    FilterRegistrationBean<SignInRateLimitFilter> signInRateLimitFilterRegistration(SignInRateLimitFilter filter) {
        FilterRegistrationBean<SignInRateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
