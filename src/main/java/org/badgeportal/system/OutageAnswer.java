package org.badgeportal.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A feature that answers its own requests in its own format when the database cannot be reached (the JSON APIs,
 * each with its error body); {@link DatabaseOutageFilter} asks each and answers with a small page otherwise.
 */
public interface OutageAnswer {

    /**
     * Writes the 503 answer (status, body; {@code Retry-After} is already set) if the request is one of this
     * feature's, and says whether it did.
     */
    boolean write(HttpServletRequest request, HttpServletResponse response, String message) throws IOException;
}
