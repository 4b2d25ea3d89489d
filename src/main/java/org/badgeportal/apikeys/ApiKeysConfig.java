package org.badgeportal.apikeys;

import org.badgeportal.api.ApiErrorWriter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API authentication filter, for the API security chain only (not registered with the servlet container). */
@Configuration(proxyBeanMethods = false)
class ApiKeysConfig {

    @Bean
    ApiAuthenticationFilter apiAuthenticationFilter(ApiKeys keys, PersonalTokens tokens, SignedRequests signed,
                                                    Sandbox sandbox, ApiErrorWriter errors) {
        return new ApiAuthenticationFilter(keys, tokens, signed, sandbox, errors);
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilterRegistration(
            ApiAuthenticationFilter filter) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
