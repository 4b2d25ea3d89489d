package org.badgeportal.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of the whole portal ({@code badges.*}); each module has its own for the rest (for example
 * {@code badges.admin.*} in accounts, {@code badges.api.*} in apis). Every one can be set from the environment,
 * for example {@code BADGES_ADMIN_PASSWORD}.
 *
 * @param baseUrl the address people use to reach the portal, used in mailed links
 * @param dataDir where the embedded database keeps its files
 * @param secret  the server secret that encrypts stored secrets ({@link SecretBox}); blank in the embedded setup,
 *                where one is created in the data directory
 */
@ConfigurationProperties("badges")
public record PortalProperties(String baseUrl, String dataDir, String secret) {

    /** An absolute link into the portal, for mails. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
