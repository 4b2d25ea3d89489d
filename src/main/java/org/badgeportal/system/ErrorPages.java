package org.badgeportal.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Spring Boot's error pages, with one change: {@code /error} asked for directly (not forwarded to by the server
 * for a failed request) is a page that does not exist, 404, where Spring Boot answers 500 ("status 999").
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

    @Bean
    BasicErrorController basicErrorController(ErrorAttributes attributes, WebProperties web,
                                              ObjectProvider<ErrorViewResolver> resolvers) {
        return new PortalErrorController(attributes, web.getError(), resolvers.orderedStream().toList());
    }

    static final class PortalErrorController extends BasicErrorController {

        PortalErrorController(ErrorAttributes attributes, ErrorProperties properties,
                              List<ErrorViewResolver> resolvers) {
            super(attributes, properties, resolvers);
        }

        @Override
        protected HttpStatus getStatus(HttpServletRequest request) {
            return askedDirectly(request) ? HttpStatus.NOT_FOUND : super.getStatus(request);
        }

        @Override
        protected Map<String, Object> getErrorAttributes(HttpServletRequest request, ErrorAttributeOptions options) {
            Map<String, Object> attributes = super.getErrorAttributes(request, options);
            if (askedDirectly(request)) {
                attributes.put("status", HttpStatus.NOT_FOUND.value());
                attributes.put("error", HttpStatus.NOT_FOUND.getReasonPhrase());
            }
            return attributes;
        }

        private static boolean askedDirectly(HttpServletRequest request) {
            return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
        }
    }
}
