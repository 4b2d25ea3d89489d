package org.badgeportal.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

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
 * @param secret   the server secret that encrypts stored secrets ({@link SecretBox}); blank in the embedded
 *                 setup, where one is created in the data directory
 * @param api      limits of the JSON APIs
 */
@ConfigurationProperties("badges")
public record PortalProperties(String baseUrl, String dataDir, Admin admin, Demo demo, Mail mail, Sandbox sandbox,
                               String secret, Api api) {

    public record Admin(String email, String password) {
    }

    public record Demo(boolean enabled, String password, String apiKey) {
    }

    public record Mail(String from) {
    }

    public record Sandbox(boolean enabled) {
    }

    /**
     * @param maxBodySize     the largest request body an API call may send (bigger ones get 413)
     * @param maxBulkBodySize the same for bulk awards ({@code POST /api/v1/badges/{slug}/awards})
     * @param signatureWindow how far a signed request's {@code ts} may be from the server's clock
     */
    public record Api(DataSize maxBodySize, DataSize maxBulkBodySize, Duration signatureWindow) {
    }

    /** An absolute link into the portal, for mails. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
