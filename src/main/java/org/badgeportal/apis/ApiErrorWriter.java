package org.badgeportal.apis;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link ApiError} as the called API's JSON body. Used by the resolver and by the filters that answer
 * before any controller runs (authentication, body size, rate limits).
 */
@Component
public class ApiErrorWriter {

    private final JsonMapper json;

    ApiErrorWriter(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ApiError error) throws IOException {
        ApiStyle style = ApiStyle.of(request).orElse(ApiStyle.PORTAL);
        response.setStatus(error.status().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), style.body(error));
    }
}
