package org.badgeportal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.boot.actuate.endpoint.web.WebOperation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The routes the application answers, read from the application itself: every Spring MVC mapping (a mapping
 * without methods counts for GET, POST, PUT, PATCH and DELETE) and every web-exposed actuator operation. A route
 * is {@code "METHOD /pattern"} plus qualifiers that tell apart mappings of one path and method: {@code [htmx]}
 * (only for htmx requests), {@code [step=check]} (request parameters), {@code [ld+json]} (only produces JSON-LD),
 * {@code [form]} (consumes only form or multipart bodies).
 */
final class Routes {

    private static final List<RequestMethod> ALL_METHODS = List.of(RequestMethod.GET, RequestMethod.POST,
            RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    /** Mappings of the test sources, not the portal's. */
    private static final Set<String> TEST_ONLY = Set.of("/api/v1/binding-probe/{id}");

    private Routes() {
    }

    static Set<String> of(RequestMappingHandlerMapping mappings, WebEndpointsSupplier actuator) {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
            List<RequestMethod> methods = declared.isEmpty() ? ALL_METHODS : new ArrayList<>(declared);
            String qualifiers = qualifiers(info);
            for (String pattern : info.getPatternValues()) {
                if (TEST_ONLY.contains(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods) {
                    routes.add(method.name() + " " + pattern + qualifiers);
                }
            }
        }
        routes.add("GET /actuator");
        for (ExposableWebEndpoint endpoint : actuator.getEndpoints()) {
            for (WebOperation operation : endpoint.getOperations()) {
                routes.add(operation.getRequestPredicate().getHttpMethod().name() + " /actuator/"
                        + operation.getRequestPredicate().getPath());
            }
        }
        return routes;
    }

    private static String qualifiers(RequestMappingInfo info) {
        List<String> qualifiers = new ArrayList<>();
        if (info.getCustomCondition() != null) {
            qualifiers.add("htmx");
        }
        info.getParamsCondition().getExpressions().forEach(expression -> qualifiers.add(expression.toString()));
        if (info.getProducesCondition().getProducibleMediaTypes().stream()
                .anyMatch(type -> type.toString().equals("application/ld+json"))) {
            qualifiers.add("ld+json");
        }
        Set<MediaType> consumes = info.getConsumesCondition().getConsumableMediaTypes();
        if (!consumes.isEmpty() && !consumes.contains(MediaType.APPLICATION_JSON)) {
            qualifiers.add("form");
        }
        return qualifiers.isEmpty() ? "" : " " + qualifiers;
    }
}
