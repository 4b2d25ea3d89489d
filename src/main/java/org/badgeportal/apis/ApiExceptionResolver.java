package org.badgeportal.apis;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.badgeportal.system.DatabaseOutage;
import org.badgeportal.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every failure of an API call into a body in that API's style (see {@link ApiStyle}): the API's own
 * {@link ApiException}s, and what Spring MVC raises for requests it cannot bind (malformed JSON, wrong types,
 * missing parameters, unsupported methods or media types). Anything unexpected becomes a 500 with a generic
 * message and is logged; no stack trace ever reaches the caller. Requests that are not API calls are left to
 * the pages' error handling. Runs after the controllers' own {@code @ExceptionHandler}s (see {@link ApiConfig}).
 */
class ApiExceptionResolver implements HandlerExceptionResolver {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

    private final ApiErrorWriter writer;

    ApiExceptionResolver(ApiErrorWriter writer) {
        this.writer = writer;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        Optional<ApiStyle> style = ApiStyle.of(request);
        if (style.isEmpty() || response.isCommitted()) {
            return null;
        }
        ApiError error = toError(exception);
        if (error.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            log.warn("API call {} {}: the database cannot be reached", request.getMethod(), request.getRequestURI());
            response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        } else if (error.status().is5xxServerError()) {
            log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), exception);
        }
        if (exception instanceof HttpRequestMethodNotSupportedException unsupported
                && unsupported.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", String.join(", ",
                    unsupported.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        try {
            writer.write(request, response, error);
        } catch (IOException e) {
            log.debug("Could not write the error body of {}", request.getRequestURI(), e);
        }
        return new ModelAndView();
    }

    static ApiError toError(Exception exception) {
        if (exception instanceof ApiException api) {
            return api.error();
        }
        if (exception instanceof NotFoundException notFound) {
            return ApiError.notFound(notFound.getMessage() == null ? "Not found" : notFound.getMessage()
                    + " not found");
        }
        if (exception instanceof HttpMessageNotReadableException unreadable) {
            return unreadable(unreadable);
        }
        if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
            return ApiError.validation(List.of(new ApiError.FieldProblem(mismatch.getName(),
                    "has the wrong type", String.valueOf(mismatch.getValue()))));
        }
        if (exception instanceof BindingResult binding) {
            return ApiError.validation(binding.getFieldErrors().stream().map(ApiExceptionResolver::problem).toList());
        }
        if (exception instanceof HandlerMethodValidationException validation) {
            return ApiError.validation(validation.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream().map(resolvable ->
                            new ApiError.FieldProblem(result.getMethodParameter().getParameterName(),
                                    resolvable.getDefaultMessage(), result.getArgument())))
                    .toList());
        }
        if (exception instanceof MissingServletRequestParameterException missing) {
            return ApiError.validation(List.of(new ApiError.FieldProblem(missing.getParameterName(),
                    "is required", null)));
        }
        if (exception instanceof MissingServletRequestPartException missing) {
            return ApiError.validation(List.of(new ApiError.FieldProblem(missing.getRequestPartName(),
                    "is required", null)));
        }
        if (exception instanceof ServletRequestBindingException binding) {
            return ApiError.badRequest(binding.getBody().getDetail());
        }
        if (exception instanceof HttpRequestMethodNotSupportedException unsupported) {
            return ApiError.of(HttpStatus.METHOD_NOT_ALLOWED, "MethodNotAllowed",
                    unsupported.getMethod() + " is not supported here");
        }
        if (exception instanceof HttpMediaTypeNotSupportedException) {
            return ApiError.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UnsupportedMediaType",
                    "Send the body as application/json");
        }
        if (exception instanceof HttpMediaTypeNotAcceptableException) {
            return ApiError.of(HttpStatus.NOT_ACCEPTABLE, "NotAcceptable", "This API answers application/json");
        }
        if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
            return ApiError.notFound("No such API endpoint");
        }
        if (exception instanceof MaxUploadSizeExceededException || exception instanceof PayloadTooLargeException) {
            return PayloadTooLargeException.ERROR;
        }
        if (exception instanceof RequestRejectedException rejected) {
            return ApiError.badRequest("The request was rejected: " + rejected.getMessage());
        }
        if (exception instanceof InvalidParameterException) {
            return ApiError.badRequest("The form body cannot be read: a parameter has no name or a bad %-escape");
        }
        if (exception instanceof MultipartException) {
            return ApiError.badRequest("The multipart body could not be read");
        }
        if (DatabaseOutage.causedBy(exception)) {
            return ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, "ServiceUnavailable",
                    "The portal cannot reach its database right now; the call changed nothing. Try again in a minute");
        }
        return ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, "InternalError",
                "Something went wrong on our side; the call changed nothing");
    }

    private static ApiError unreadable(HttpMessageNotReadableException exception) {
        if (exception.getCause() instanceof PayloadTooLargeException) {
            return PayloadTooLargeException.ERROR;
        }
        if (exception.getMostSpecificCause() instanceof DatabindException databind
                && !databind.getPath().isEmpty()) {
            return ApiError.validation(List.of(new ApiError.FieldProblem(jsonPath(databind),
                    "has the wrong type or shape", null)));
        }
        return ApiError.badRequest("The request body is not valid JSON");
    }

    /** {@code criteria[0].required} for a problem at that place in the body. */
    private static String jsonPath(DatabindException databind) {
        StringBuilder path = new StringBuilder();
        databind.getPath().forEach(reference -> {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        });
        return path.toString();
    }

    private static ApiError.FieldProblem problem(FieldError error) {
        Object value = error.getRejectedValue();
        return new ApiError.FieldProblem(error.getField(), error.getDefaultMessage(),
                value instanceof CharSequence || value instanceof Number || value instanceof Boolean ? value : null);
    }
}
