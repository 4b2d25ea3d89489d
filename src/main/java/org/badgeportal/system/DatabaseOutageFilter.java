package org.badgeportal.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * The outermost filter: when a request fails because the database cannot be reached (even before any
 * controller, while loading the session), it answers 503 with {@code Retry-After} and a short message, in the
 * called API's JSON shape (the {@link OutageAnswer} of its feature) or as a small page of its own (the usual
 * layout needs the database too). Every other failure passes on untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final List<OutageAnswer> answers;
    private final MessageSource messages;

    DatabaseOutageFilter(List<OutageAnswer> answers, MessageSource messages) {
        this.answers = List.copyOf(answers);
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("{} {}: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(),
                    failure.getMessage());
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setHeader("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
        Locale locale = request.getLocale();
        String title = messages.getMessage("outage.title", null, locale);
        String text = messages.getMessage("outage.text", null, locale);
        for (OutageAnswer answer : answers) {
            if (answer.write(request, response, text)) {
                return;
            }
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                + HtmlUtils.htmlEscape(title) + "</title></head><body style=\"font-family: system-ui, sans-serif;"
                + " max-width: 36rem; margin: 4rem auto; padding: 0 1rem\"><h1>" + HtmlUtils.htmlEscape(title)
                + "</h1><p>" + HtmlUtils.htmlEscape(text) + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    }
}
