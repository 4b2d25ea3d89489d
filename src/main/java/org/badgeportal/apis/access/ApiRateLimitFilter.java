package org.badgeportal.apis.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.badgeportal.apikeys.ApiCredential;
import org.badgeportal.apikeys.IssuerCredential;
import org.badgeportal.apikeys.PersonalCredential;
import org.badgeportal.apis.ApiCallers;
import org.badgeportal.apis.ApiError;
import org.badgeportal.apis.ApiErrorWriter;
import org.badgeportal.ratelimits.RateLimits;
import org.badgeportal.ratelimits.Verdict;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts API calls per credential (issuer key, personal token; the keyless sandbox per client address) and per
 * client address; over either limit the call gets 429 in the called API's style. Runs in the API security chain
 * right after {@code ApiAuthenticationFilter}, so the credential is known; calls refused there (unknown keys) are
 * not counted.
 * <p>
 * Not counted: anonymous {@code GET /v1/**} reads. They are the embed's public data, fetched by the browser of
 * every visitor of every site that shows badges (many visitors share an address behind a company or mobile
 * network), and they are cheap: answered from a short-lived cache and cacheable by browsers and proxies.
 */
public class ApiRateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final ApiErrorWriter errors;

    public ApiRateLimitFilter(RateLimits limits, ApiErrorWriter errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiCredential> credential = ApiCallers.current();
        if (!limits.enabled() || isPublicRead(request, credential)) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Verdict verdict = limits.apiCall(address, credential.map(caller -> key(caller, address)).orElse(null));
        verdict.writeHeaders(response);
        if (!verdict.allowed()) {
            errors.write(request, response, ApiError.of(HttpStatus.TOO_MANY_REQUESTS, "TooManyRequests",
                    "Too many calls: try again in " + verdict.retryAfterSeconds() + " seconds"));
            return;
        }
        chain.doFilter(request, response);
    }

    /** An anonymous read of the UserBadges API (the sandbox's keyless reads included). */
    private static boolean isPublicRead(HttpServletRequest request, Optional<ApiCredential> credential) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean anonymous = credential.isEmpty()
                || credential.get() instanceof IssuerCredential issuer && issuer.sandbox();
        return read && anonymous && path.startsWith("/v1/");
    }

    private static String key(ApiCredential credential, String address) {
        if (credential instanceof PersonalCredential person) {
            return "token " + person.tokenId();
        }
        IssuerCredential issuer = (IssuerCredential) credential;
        return issuer.sandbox() ? "sandbox " + address : "key " + issuer.keyId();
    }
}
