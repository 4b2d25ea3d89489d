package org.badgeportal.apis;

import java.io.IOException;
import org.springframework.http.HttpStatus;

/** A request body over the API's limit ({@code badges.api.max-body-size}); answered with 413. */
public class PayloadTooLargeException extends IOException {

    static final ApiError ERROR = ApiError.of(HttpStatus.CONTENT_TOO_LARGE, "PayloadTooLarge",
            "The request body is larger than this endpoint accepts");

    public PayloadTooLargeException() {
        super("request body too large", null);
    }

    public static ApiError error() {
        return ERROR;
    }
}
