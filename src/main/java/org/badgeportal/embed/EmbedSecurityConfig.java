package org.badgeportal.embed;

import org.badgeportal.system.PortalAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The embed is read anonymously from other sites. Its script and themes are public portal files; its no-script
 * variants under {@code /embed/} have a chain of their own: no session, no CSRF (GET only), their own headers,
 * and only the widget may be framed.
 */
@Configuration(proxyBeanMethods = false)
class EmbedSecurityConfig {

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

    @Bean
    PortalAccessRules embedAccessRules() {
        return PortalAccessRules.openTo("/embed.js", "/embed/**", "/themes/**");
    }

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
}
