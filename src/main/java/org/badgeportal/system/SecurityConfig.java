package org.badgeportal.system;

import jakarta.servlet.http.HttpServletResponse;
import org.badgeportal.api.ApiBodyLimitFilter;
import org.badgeportal.api.ApiError;
import org.badgeportal.api.ApiErrorWriter;
import org.badgeportal.apikeys.ApiAuthenticationFilter;
import org.badgeportal.issuers.IssuerDashboardAuthorization;
import org.badgeportal.ratelimits.ApiRateLimitFilter;
import org.badgeportal.ratelimits.SignInRateLimitFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may see what (DESIGN.md, security model), sign-in by form, CSRF on every state-changing request and the
 * security headers. Dashboard rules come from {@link IssuerDashboardAuthorization}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** No inline scripts anywhere. Style attributes are allowed (badge colours); style elements only from us. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "style-src-elem 'self'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data: https: http:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The iframe widget /embed/{service}/{user}: the one page any site may frame. No scripts at all. */
    static final String EMBED_WIDGET_POLICY = String.join("; ",
            "default-src 'none'",
            "style-src 'self'",
            "img-src 'self' data: https: http:",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors *");

    /** The badge image /embed/{service}/{user}.svg: its own style element only, never framed. */
    static final String EMBED_IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    /**
     * The browsable API (springdoc's Swagger UI under /developers/swagger-ui/): the portal's policy, plus the one
     * fixed style element that swagger-ui-bundle.js 5.32.14 inserts, allowed by its hash. A new Swagger UI
     * version may change the hash: ApiPageBrowserTest fails on any CSP violation of that page.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src-elem 'self'",
            "style-src-elem 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='");

    /**
     * The embed's no-script variants are read anonymously from other sites: no session, no CSRF (GET only), and
     * their own headers; only the widget may be framed. Everything else goes through {@link #portalSecurity}.
     */
    @Bean
    @Order(1)
    SecurityFilterChain embedSecurity(HttpSecurity http) throws Exception {
        RequestMatcher image = request -> request.getRequestURI().endsWith(".svg");
        RequestMatcher widget = request -> !image.matches(request);
        http
            .securityMatcher("/embed/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .sessionManagement(session -> session.disable())
            .requestCache(cache -> cache.disable())
            .securityContext(context -> context.disable())
            .csrf(csrf -> csrf.disable())
            .headers(headers -> headers
                .frameOptions(frame -> frame.disable())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(widget,
                        new StaticHeadersWriter("Content-Security-Policy", EMBED_WIDGET_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(image, new StaticHeadersWriter(
                        "Content-Security-Policy", EMBED_IMAGE_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(image,
                        new StaticHeadersWriter("X-Frame-Options", "DENY"))));
        return http.build();
    }

    /**
     * The JSON APIs ({@code /v1/**}, {@code /api/**}): stateless, no session and no CSRF (callers authenticate
     * every request with a key, a token or a signature, see {@link ApiAuthenticationFilter}), bodies capped by
     * {@link ApiBodyLimitFilter}, calls counted by {@link ApiRateLimitFilter}, and errors as JSON in the called
     * API's style. Public reads stay anonymous; which credential a call needs beyond that is the API's decision (see {@code ApiCallers}).
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiBodyLimitFilter bodyLimit,
                                    ApiAuthenticationFilter authentication, ApiRateLimitFilter rateLimit,
                                    ApiErrorWriter errors) throws Exception {
        http
            .securityMatcher("/v1/**", "/api/**")
            .authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.OPTIONS).permitAll()
                .requestMatchers(HttpMethod.GET, "/v1/**", "/api/v1/users/**").permitAll()
                .anyRequest().authenticated())
            .addFilterBefore(bodyLimit, SecurityContextHolderFilter.class)
            .addFilterAfter(authentication, SecurityContextHolderFilter.class)
            .addFilterAfter(rateLimit, ApiAuthenticationFilter.class)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .anonymous(Customizer.withDefaults())
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint((request, response, exception) -> errors.write(request, response,
                        ApiError.unauthorized("An API key is required: send it as X-Api-Key, as Authorization: "
                                + "Bearer <key>, or sign the request")))
                .accessDeniedHandler((request, response, exception) -> errors.write(request, response,
                        ApiError.forbidden("This credential may not do that"))))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Swagger UI's static files: public, read-only, with {@link #SWAGGER_UI_POLICY}. */
    @Bean
    @Order(2)
    SecurityFilterChain swaggerUiSecurity(HttpSecurity http) throws Exception {
        http
            .securityMatcher("/developers/swagger-ui/**")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_UI_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, IssuerDashboardAuthorization dashboard,
                                       SignInRateLimitFilter signInLimit) throws Exception {
        http
            // Sign-in attempts are counted (and refused over the limit) before any password is checked.
            .addFilterBefore(signInLimit, UsernamePasswordAuthenticationFilter.class)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/", "/error", "/login", "/login/forgot/**", "/reset/**", "/signup", "/verify/**",
                        "/favicon.ico",
                        "/webjars/**", "/css/**", "/js/**", "/img/**", "/themes/**", "/embed.js", "/embed/**",
                        "/images/**", "/issuers/**", "/u/**", "/awards/**", "/actuator/health/**",
                        "/actuator/prometheus",
                        "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html", "/developers/**")
                    .permitAll()
                .requestMatchers("/admin/**").hasRole("ADMIN")
                .requestMatchers("/manage", "/manage/new").authenticated()
                .requestMatchers("/manage/{issuer}/members/**", "/manage/{issuer}/settings/**",
                        "/manage/{issuer}/api-keys/**", "/manage/{issuer}/export", "/manage/{issuer}/export/**")
                    .access(dashboard.owners())
                .requestMatchers("/manage/{issuer}/**").access(dashboard.members())
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .usernameParameter("email")
                .failureHandler((request, response, exception) -> response.sendRedirect(
                        request.getContextPath() + (exception instanceof DisabledException
                                ? "/login?unverified" : "/login?error")))
                .permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
            // An htmx call whose session has expired must not swap the login page into a table cell: tell htmx to
            // go to the login page instead.
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn()))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Anonymous callers go to the login page: by a redirect, or for htmx calls by telling htmx to go there. */
    private static AuthenticationEntryPoint signIn() {
        LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        loginPage.setFavorRelativeUris(true);
        return (request, response, exception) -> {
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                loginPage.commence(request, response, exception);
            }
        };
    }

    /** Delegating encoder: bcrypt today, and hashes carry their algorithm so it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
