package org.badgeportal.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's own settings ({@code badges.*}). Every one can be set from the environment, for example
 * {@code BADGES_ADMIN_PASSWORD}.
 *
 * @param baseUrl  the address people use to reach the portal, used in mailed links
 * @param dataDir  where the embedded database keeps its files
 * @param admin    the site administrator account
 * @param demo     demo data created on first start
 * @param mail     mail settings beyond Spring's own {@code spring.mail.*}
 * @param sandbox  the UserBadges {@code test} service that accepts writes without a key
 */
@ConfigurationProperties("badges")
public record PortalProperties(String baseUrl, String dataDir, Admin admin, Demo demo, Mail mail, Sandbox sandbox) {

    public record Admin(String email, String password) {
    }

    public record Demo(boolean enabled, String password, String apiKey) {
    }

    public record Mail(String from) {
    }

    public record Sandbox(boolean enabled) {
    }

    /** An absolute link into the portal, for mails. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
