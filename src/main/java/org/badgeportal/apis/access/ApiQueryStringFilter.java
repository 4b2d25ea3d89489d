package org.badgeportal.apis.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.badgeportal.apis.ApiError;
import org.badgeportal.apis.ApiErrorWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A query string the servlet container cannot parse gets 400 in the called API's error shape before anything reads
 * a parameter: a parameter without a name ({@code ?=x}, {@code ?a=1&=}), a {@code %} not followed by two hex
 * digits, or percent-encoded bytes that are not UTF-8. Empty pieces ({@code ?&&}) and repeated names are fine, as
 * they are to the container. The query is checked as text, so a form body is left unread for the API to read.
 */
public class ApiQueryStringFilter extends OncePerRequestFilter {

    private final ApiErrorWriter errors;

    public ApiQueryStringFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(request.getQueryString());
        if (problem != null) {
            errors.write(request, response, ApiError.badRequest("The query string cannot be read: " + problem));
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with a query string, or null when the container can parse it. */
    static String problem(String query) {
        if (query == null) {
            return null;
        }
        for (String piece : query.split("&", -1)) {
            if (piece.isEmpty()) {
                continue;
            }
            int equals = piece.indexOf('=');
            String name = equals < 0 ? piece : piece.substring(0, equals);
            if (name.isEmpty()) {
                return "a parameter has no name";
            }
            if (!decodes(name) || (equals >= 0 && !decodes(piece.substring(equals + 1)))) {
                return "a percent-encoded character is not two hex digits of UTF-8";
            }
        }
        return null;
    }

    private static boolean decodes(String text) {
        ByteBuffer bytes = ByteBuffer.allocate(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return false;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else {
                bytes.put((byte) (c > 0xFF ? '?' : c));
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip());
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }
}
