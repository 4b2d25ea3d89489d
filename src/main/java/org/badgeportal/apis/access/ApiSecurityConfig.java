package org.badgeportal.apis.access;

import jakarta.servlet.Filter;
import org.badgeportal.apikeys.ApiKeys;
import org.badgeportal.apikeys.PersonalTokens;
import org.badgeportal.apis.ApiError;
import org.badgeportal.apis.ApiErrorWriter;
import org.badgeportal.apis.ApiProperties;
import org.badgeportal.ratelimits.RateLimits;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The JSON APIs ({@code /v1/**}, {@code /api/**}): stateless, no session and no CSRF (callers authenticate
 * every request with a key, a token or a signature, see {@link ApiAuthenticationFilter}), bodies capped by
 * {@link ApiBodyLimitFilter}, calls counted by {@link ApiRateLimitFilter}, and errors as JSON in the called
 * API's style; a query string the container cannot parse is refused first ({@link ApiQueryStringFilter}). Public
 * reads stay anonymous; which credential a call needs beyond that is the API's decision (see {@code ApiCallers}).
 * The four filters run in this chain only, not a second time as servlet filters.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    @Bean
    @Order(0)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiBodyLimitFilter bodyLimit,
                                    ApiQueryStringFilter queryString, ApiAuthenticationFilter authentication, ApiRateLimitFilter rateLimit,
                                    ApiErrorWriter errors) throws Exception {
        http
            .securityMatcher("/v1/**", "/api/**")
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.OPTIONS).permitAll()
                .requestMatchers(HttpMethod.GET, "/v1/**", "/api/v1/users/**").permitAll()
                .anyRequest().authenticated())
            .addFilterBefore(bodyLimit, SecurityContextHolderFilter.class)
            .addFilterAfter(queryString, ApiBodyLimitFilter.class)
            .addFilterAfter(authentication, SecurityContextHolderFilter.class)
            .addFilterAfter(rateLimit, ApiAuthenticationFilter.class)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .anonymous(Customizer.withDefaults())
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, exception) -> errors.write(request, response,
                        ApiError.unauthorized("An API key is required: send it as X-Api-Key, as Authorization: "
                                + "Bearer <key>, or sign the request")))
                .accessDeniedHandler((request, response, exception) -> errors.write(request, response,
                        ApiError.forbidden("This credential may not do that"))))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    ApiBodyLimitFilter apiBodyLimitFilter(ApiProperties properties, ApiErrorWriter errors) {
        return new ApiBodyLimitFilter(properties, errors);
    }

    @Bean
    ApiQueryStringFilter apiQueryStringFilter(ApiErrorWriter errors) {
        return new ApiQueryStringFilter(errors);
    }

    @Bean
    FilterRegistrationBean<ApiQueryStringFilter> apiQueryStringFilterRegistration(ApiQueryStringFilter filter) {
        return chainOnly(filter);
    }

    @Bean
    ApiAuthenticationFilter apiAuthenticationFilter(ApiKeys keys, PersonalTokens tokens, SignedRequests signed,
                                                    Sandbox sandbox, ApiErrorWriter errors) {
        return new ApiAuthenticationFilter(keys, tokens, signed, sandbox, errors);
    }

    @Bean
    ApiRateLimitFilter apiRateLimitFilter(RateLimits limits, ApiErrorWriter errors) {
        return new ApiRateLimitFilter(limits, errors);
    }

    @Bean
    FilterRegistrationBean<ApiBodyLimitFilter> apiBodyLimitFilterRegistration(ApiBodyLimitFilter filter) {
        return chainOnly(filter);
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilterRegistration(
            ApiAuthenticationFilter filter) {
        return chainOnly(filter);
    }

    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilterRegistration(ApiRateLimitFilter filter) {
        return chainOnly(filter);
    }

    private static <F extends Filter> FilterRegistrationBean<F> chainOnly(F filter) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
