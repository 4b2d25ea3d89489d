package org.badgeportal.apis;

import java.util.List;

/**
 * Ends an API call with the given error, rendered in the style of the API that was called (see
 * {@link ApiStyle}). Thrown from controllers and services of the APIs; rolls back the transaction it leaves.
 */
public class ApiException extends RuntimeException {

    private final transient ApiError error;

    public ApiException(ApiError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public ApiError error() {
        return error;
    }

    public static ApiException notFound(String message) {
        return new ApiException(ApiError.notFound(message));
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ApiError.badRequest(message));
    }

    public static ApiException invalid(String field, String message, Object value) {
        return new ApiException(ApiError.validation(List.of(new ApiError.FieldProblem(field, message, value))));
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(ApiError.unauthorized(message));
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ApiError.forbidden(message));
    }

    public static ApiException conflict(String message, Object details) {
        return new ApiException(ApiError.conflict(message, details));
    }
}
