package org.badgeportal.ratelimits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often API calls and sign-in attempts may come ({@code badges.rate-limit.*}); every limit allows
 * {@code calls} per {@code period}, all at once or spread out, and starts afresh after each period.
 *
 * @param enabled          off: nothing is counted
 * @param apiPerCredential API calls per issuer key or personal token (the sandbox: per client address)
 * @param apiPerAddress    API calls per client address, whatever credential they carry
 * @param signInPerAddress sign-in attempts per client address
 * @param signInPerEmail   sign-in attempts per submitted email address
 * @param maxTracked       how many keys, addresses and emails each limit remembers at most
 */
@ConfigurationProperties("badges.rate-limit")
public record RateLimitProperties(boolean enabled, Limit apiPerCredential, Limit apiPerAddress,
                                  Limit signInPerAddress, Limit signInPerEmail, long maxTracked) {

    /** {@code calls} allowed per {@code period}. */
    public record Limit(long calls, Duration period) {
    }
}
