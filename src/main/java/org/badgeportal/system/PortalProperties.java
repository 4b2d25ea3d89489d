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
 * @param rateLimit how often API calls and sign-in attempts may come (429 beyond)
 */
@ConfigurationProperties("badges")
public record PortalProperties(String baseUrl, String dataDir, Admin admin, Demo demo, Mail mail, Sandbox sandbox,
                               String secret, Api api, RateLimit rateLimit) {

    public record Admin(String email, String password) {
    }

    public record Demo(boolean enabled, String password, String apiKey) {
    }

    /**
     * @param from         sender of the portal's mails
     * @param maxPerSecond how many mails go out per second at most: keeps a bulk award's mails under the SMTP
     *                     relay's sending limit, and their delivery from competing with the requests
     */
    public record Mail(String from, int maxPerSecond) {
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

    /**
     * Rate limits (see package {@code org.badgeportal.ratelimits}); every limit allows {@code calls} per
     * {@code period}, all at once or spread out, and starts afresh after each period.
     *
     * @param enabled          off: nothing is counted
     * @param apiPerCredential API calls per issuer key or personal token (the sandbox: per client address)
     * @param apiPerAddress    API calls per client address, whatever credential they carry
     * @param signInPerAddress sign-in attempts per client address
     * @param signInPerEmail   sign-in attempts per submitted email address
     * @param maxTracked       how many keys, addresses and emails each limit remembers at most
     */
    public record RateLimit(boolean enabled, Limit apiPerCredential, Limit apiPerAddress, Limit signInPerAddress,
                            Limit signInPerEmail, long maxTracked) {
    }

    /** {@code calls} allowed per {@code period}. */
    public record Limit(long calls, Duration period) {
    }

    /** An absolute link into the portal, for mails. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
