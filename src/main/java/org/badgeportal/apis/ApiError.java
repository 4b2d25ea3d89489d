package org.badgeportal.apis;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * One failed API call: the HTTP status, a machine-readable code (the names of the BadgeKit API, such as
 * {@code ValidationError}), a sentence for people, and optional details ({@link FieldProblem}s for validation,
 * or the stored resource for a conflict).
 */
public record ApiError(HttpStatus status, String code, String message, Object details) {

    public static ApiError of(HttpStatus status, String code, String message) {
        return new ApiError(status, code, message, null);
    }

    public static ApiError validation(List<FieldProblem> problems) {
        return new ApiError(HttpStatus.BAD_REQUEST, "ValidationError", "Could not validate required fields",
                List.copyOf(problems));
    }

    public static ApiError notFound(String message) {
        return of(HttpStatus.NOT_FOUND, "ResourceNotFound", message);
    }

    public static ApiError badRequest(String message) {
        return of(HttpStatus.BAD_REQUEST, "BadRequest", message);
    }

    public static ApiError unauthorized(String message) {
        return of(HttpStatus.UNAUTHORIZED, "Unauthorized", message);
    }

    public static ApiError forbidden(String message) {
        return of(HttpStatus.FORBIDDEN, "Forbidden", message);
    }

    public static ApiError conflict(String message, Object details) {
        return new ApiError(HttpStatus.CONFLICT, "ResourceConflict", message, details);
    }

    /** One field that did not validate: {@code {"field", "message", "value"}} as in the BadgeKit API. */
    public record FieldProblem(String field, String message, Object value) {
    }
}
