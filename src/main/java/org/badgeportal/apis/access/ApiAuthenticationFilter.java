package org.badgeportal.apis.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.badgeportal.apikeys.ApiCredential;
import org.badgeportal.apikeys.ApiKeys;
import org.badgeportal.apikeys.PersonalTokens;
import org.badgeportal.apis.ApiErrorWriter;
import org.badgeportal.apis.ApiException;
import org.badgeportal.apis.PayloadTooLargeException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Establishes who calls an API (see {@link ApiCredential}), in this order:
 * <ol>
 *   <li>a key or token in {@code X-Api-Key}, {@code Authorization: Bearer <key>} or {@code Authorization: <key>}:
 *       an issuer's API key or an account's personal token; anything else presented gets 401;</li>
 *   <li>a signed UserBadges request ({@code ?ts=&signature=}) to {@code /v1/{service}/...} (see
 *       {@link SignedRequests});</li>
 *   <li>the sandbox service {@code test} without a key (see {@link Sandbox});</li>
 *   <li>otherwise the call is anonymous, and the API's rules decide (public reads, or 401).</li>
 * </ol>
 * Part of the API security chain only: {@link ApiSecurityConfig} keeps it from running as a servlet filter of its own.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final Pattern USERBADGES_PATH = Pattern.compile("^/v1/([^/]+)/.+");

    private final ApiKeys keys;
    private final PersonalTokens tokens;
    private final SignedRequests signedRequests;
    private final Sandbox sandbox;
    private final ApiErrorWriter errors;

    ApiAuthenticationFilter(ApiKeys keys, PersonalTokens tokens, SignedRequests signedRequests, Sandbox sandbox,
                            ApiErrorWriter errors) {
        this.keys = keys;
        this.tokens = tokens;
        this.signedRequests = signedRequests;
        this.sandbox = sandbox;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forward = request;
        try {
            Optional<String> presented = presentedSecret(request);
            String signature = queryParameter(request, "signature");
            String service = service(request);
            ApiCredential credential = null;
            if (presented.isPresent()) {
                String secret = presented.get();
                credential = keys.authenticate(secret).<ApiCredential>map(issuer -> issuer)
                        .or(() -> tokens.authenticate(secret))
                        .orElseThrow(() -> ApiException.unauthorized("Unknown or revoked API key"));
            } else if (signature != null) {
                if (service == null) {
                    throw ApiException.unauthorized("Signed requests are for /v1/{service}/... only");
                }
                CachedBodyRequest cached = CachedBodyRequest.of(request);
                credential = signedRequests.verify(service, request.getMethod(), path(request),
                        queryParameter(request, "ts"), signature, cached.body());
                forward = cached;
            } else if (service != null) {
                credential = sandbox.credentialFor(service).orElse(null);
            }
            if (credential != null) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ApiAuthentication(credential));
                SecurityContextHolder.setContext(context);
            }
        } catch (ApiException refused) {
            errors.write(request, response, refused.error());
            return;
        } catch (PayloadTooLargeException tooLarge) {
            errors.write(request, response, PayloadTooLargeException.error());
            return;
        }
        chain.doFilter(forward, response);
    }

    /** The key or token the caller presents, if any. */
    static Optional<String> presentedSecret(HttpServletRequest request) {
        String apiKey = request.getHeader("X-Api-Key");
        if (apiKey != null && !apiKey.isBlank()) {
            return Optional.of(apiKey.strip());
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        String value = authorization.strip();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(value.substring(7).strip());
        }
        return Optional.of(value);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The UserBadges service a {@code /v1/{service}/...} call addresses, else null. */
    private static String service(HttpServletRequest request) {
        Matcher matcher = USERBADGES_PATH.matcher(path(request));
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** A parameter of the query string only (never of the body, which must stay unread for the signature). */
    private static String queryParameter(HttpServletRequest request, String name) {
        if (request.getQueryString() == null) {
            return null;
        }
        return UriComponentsBuilder.newInstance().query(request.getQueryString()).build(true)
                .getQueryParams().getFirst(name);
    }
}
