package org.badgeportal.api;

import java.util.List;
import org.badgeportal.system.PortalProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's error handling and body limit: the {@link ApiExceptionResolver} runs right after the controllers' own
 * {@code @ExceptionHandler}s and before Spring's defaults; the body limit filter belongs to the API security
 * chain only (it is not registered with the servlet container).
 */
@Configuration(proxyBeanMethods = false)
class ApiConfig implements WebMvcConfigurer {

    private final ApiErrorWriter errors;

    ApiConfig(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(resolvers.isEmpty() ? 0 : 1, new ApiExceptionResolver(errors));
    }

    @Bean
    ApiBodyLimitFilter apiBodyLimitFilter(PortalProperties properties, ApiErrorWriter errors) {
        return new ApiBodyLimitFilter(properties, errors);
    }

    @Bean
    FilterRegistrationBean<ApiBodyLimitFilter> apiBodyLimitFilterRegistration(ApiBodyLimitFilter filter) {
        FilterRegistrationBean<ApiBodyLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
