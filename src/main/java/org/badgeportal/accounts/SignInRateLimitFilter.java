package org.badgeportal.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.badgeportal.ratelimits.RateLimits;
import org.badgeportal.ratelimits.Verdict;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts sign-in attempts ({@code POST /login}) and requests for a password link ({@code POST /login/forgot})
 * per client address and per submitted email before anything is checked, so a refused attempt costs no password
 * hashing and sends no mail. Over a limit the request is not handled at all: the caller gets the same page again
 * with status 429, {@code Retry-After} and a message saying how long to wait (the page reads the request
 * attribute {@link #RETRY_AFTER}). Runs in the portal's security chain just before the login processing.
 */
public class SignInRateLimitFilter extends OncePerRequestFilter {

    /** Request attribute: seconds until the next sign-in attempt is allowed, set on refused attempts. */
    public static final String RETRY_AFTER = "signInRetryAfter";

    private static final Set<String> COUNTED = Set.of("/login", "/login/forgot");

    private final RateLimits limits;

    public SignInRateLimitFilter(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !limits.enabled() || !"POST".equals(request.getMethod()) || !COUNTED.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Verdict verdict = limits.signIn(request.getRemoteAddr(), request.getParameter("email"));
        verdict.writeHeaders(response);
        if (verdict.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        // The rest of the chain sees a GET of the same page: the login processing skips it and the page is
        // rendered as usual (with the CSRF token the form needs), with the status and message of a refusal.
        response.setStatus(429);
        request.setAttribute(RETRY_AFTER, String.valueOf(verdict.retryAfterSeconds()));
        chain.doFilter(new SignInPageRequest(request), response);
    }

    /** The refused POST, seen as a GET of its page. */
    private static final class SignInPageRequest extends HttpServletRequestWrapper {

        SignInPageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }
}
