package org.badgeportal.apis;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The three JSON APIs and the shape of their error bodies, chosen by path:
 * <ul>
 *   <li>{@link #USERBADGES} {@code /v1/**}: {@code {"error": "..."}};</li>
 *   <li>{@link #LITE} {@code /api/lite/**}: {@code {"status": false, "content":
 *       {"code": "...", "message": "..."}}};</li>
 *   <li>{@link #PORTAL} {@code /api/v1/**}: {@code {"code": "...", "message": "...",
 *       "details": ...}}, with {@code "error"} instead of {@code "message"} for 409 as that document shows.</li>
 * </ul>
 * Every style also carries {@code details} when there are some.
 */
public enum ApiStyle {

    USERBADGES("/v1/") {
        @Override
        Map<String, Object> body(ApiError error) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", error.message());
            body.put("code", error.code());
            putDetails(body, error);
            return body;
        }
    },

    LITE("/api/lite/") {
        @Override
        Map<String, Object> body(ApiError error) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("code", error.code());
            content.put("message", error.message());
            putDetails(content, error);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", false);
            body.put("content", content);
            return body;
        }
    },

    PORTAL("/api/v1/") {
        @Override
        Map<String, Object> body(ApiError error) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", error.code());
            body.put(error.status().value() == 409 ? "error" : "message", error.message());
            putDetails(body, error);
            return body;
        }
    };

    private final String prefix;

    ApiStyle(String prefix) {
        this.prefix = prefix;
    }

    /** The JSON body for this error. */
    abstract Map<String, Object> body(ApiError error);

    /** The API a request is addressed to, if any. */
    public static Optional<ApiStyle> of(HttpServletRequest request) {
        return ofPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** The API of a path inside the portal ({@code /v1/...}, {@code /api/...}), if any. */
    static Optional<ApiStyle> ofPath(String path) {
        for (ApiStyle style : values()) {
            if (path.startsWith(style.prefix)) {
                return Optional.of(style);
            }
        }
        if (path.equals("/api") || path.startsWith("/api/")) {
            return Optional.of(PORTAL);
        }
        return Optional.empty();
    }

    private static void putDetails(Map<String, Object> body, ApiError error) {
        if (error.details() != null) {
            body.put("details", error.details());
        }
    }
}
