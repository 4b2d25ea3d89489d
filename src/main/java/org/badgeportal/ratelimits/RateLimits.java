package org.badgeportal.ratelimits;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The portal's rate limits ({@code badges.rate-limit.*}), each a set of {@link Buckets}. A request that passes
 * two limits takes a call from the first, and from the second only if the first allowed it.
 */
@Component
public class RateLimits {

    /** Longer "emails" are cut here, so that a remembered one never takes more room than a real address. */
    private static final int MAX_EMAIL = 320;

    private final boolean enabled;
    private final Buckets apiPerCredential;
    private final Buckets apiPerAddress;
    private final Buckets signInPerAddress;
    private final Buckets signInPerEmail;

    RateLimits(RateLimitProperties settings, Clock clock) {
        TimeMeter time = new ClockTime(clock);
        this.enabled = settings.enabled();
        this.apiPerCredential = new Buckets(settings.apiPerCredential(), settings.maxTracked(), time);
        this.apiPerAddress = new Buckets(settings.apiPerAddress(), settings.maxTracked(), time);
        this.signInPerAddress = new Buckets(settings.signInPerAddress(), settings.maxTracked(), time);
        this.signInPerEmail = new Buckets(settings.signInPerEmail(), settings.maxTracked(), time);
    }

    public boolean enabled() {
        return enabled;
    }

    /** An API call from that address, with that credential ({@code null}: anonymous, counted per address only). */
    public Verdict apiCall(String address, String credential) {
        Verdict byAddress = apiPerAddress.take(address);
        if (!byAddress.allowed() || credential == null) {
            return byAddress;
        }
        return Verdict.tighter(byAddress, apiPerCredential.take(credential));
    }

    /** A sign-in attempt from that address for that email (as typed; compared without case and spaces). */
    public Verdict signIn(String address, String email) {
        Verdict byAddress = signInPerAddress.take(address);
        if (!byAddress.allowed()) {
            return byAddress;
        }
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_EMAIL) {
            normalised = normalised.substring(0, MAX_EMAIL);
        }
        return Verdict.tighter(byAddress, signInPerEmail.take(normalised));
    }

    /** The portal's {@link Clock} as bucket4j's time source (millisecond precision is plenty here). */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
