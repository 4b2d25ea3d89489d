package org.badgeportal.apis;

import java.util.List;
import org.badgeportal.system.OutageAnswer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The APIs' error handling: the {@link ApiExceptionResolver} runs right after the controllers' own
 * {@code @ExceptionHandler}s and before Spring's defaults. Paths the security firewall refuses, undecodable form
 * bodies and calls made while the database is down get JSON errors as well.
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

    /**
     * Requests Spring Security's firewall refuses before any filter runs (encoded slashes, {@code ..}, control
     * characters or {@code ;} in the path): 400 as for any request, and for API calls with the API's error body.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        RequestRejectedHandler plain = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (ApiStyle.of(request).isPresent()) {
                errors.write(request, response, ApiError.badRequest(
                        "The address contains characters or segments this API does not accept"));
            } else {
                plain.handle(request, response, rejected);
            }
        };
    }

    /** While the database is down, API calls get the 503 in their API's error body. */
    @Bean
    OutageAnswer apiOutageAnswer() {
        return (request, response, message) -> {
            if (ApiStyle.of(request).isEmpty()) {
                return false;
            }
            errors.write(request, response, ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable", message));
            return true;
        };
    }

    /** Form bodies of PUT, PATCH and DELETE that cannot be decoded get 400 (Spring Boot's filter lets them 500). */
    @Bean
    ReadableFormContentFilter formContentFilter() {
        return new ReadableFormContentFilter(errors);
    }

}
