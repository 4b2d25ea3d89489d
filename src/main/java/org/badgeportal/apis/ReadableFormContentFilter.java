package org.badgeportal.apis;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.servlet.filter.OrderedFormContentFilter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Spring's filter that reads form bodies of PUT, PATCH and DELETE requests, with a 400 instead of a 500 when the
 * body cannot be decoded (such as {@code a=%zz}): the filter runs before Spring MVC, so its failure would reach
 * no exception handler. API calls get their API's error body.
 */
class ReadableFormContentFilter extends OrderedFormContentFilter {

    private final ApiErrorWriter errors;

    ReadableFormContentFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            super.doFilterInternal(request, response, chain);
        } catch (HttpMessageNotReadableException unreadable) {
            // Spring MVC handles its own unreadable bodies, so this one is the form this filter could not read.
            if (response.isCommitted()) {
                throw unreadable;
            }
            if (ApiStyle.of(request).isPresent()) {
                errors.write(request, response, ApiError.badRequest("The form body could not be decoded"));
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
    }
}
