package org.badgeportal.ratelimits;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.badgeportal.ratelimits.RateLimitProperties.Limit;
import org.junit.jupiter.api.Test;

/** The limits over time, on a clock the test moves: when calls are refused, and when they are allowed again. */
class RateLimitsTest {

    private final MovableClock clock = new MovableClock();
    private final RateLimits limits = new RateLimits(new RateLimitProperties(true, new Limit(3, Duration.ofMinutes(1)),
            new Limit(5, Duration.ofMinutes(1)), new Limit(4, Duration.ofMinutes(1)),
            new Limit(2, Duration.ofMinutes(15)), 1000), clock);

    @Test
    void aKeyGetsItsCallsBackWhenThePeriodEnds() {
        assertThat(limits.apiCall("192.0.2.1", "key 1")).isEqualTo(new Verdict(true, 3, 2, 60, 0));
        assertThat(limits.apiCall("192.0.2.1", "key 1").remaining()).isEqualTo(1);
        assertThat(limits.apiCall("192.0.2.1", "key 1").remaining()).isZero();
        assertThat(limits.apiCall("192.0.2.1", "key 1")).isEqualTo(new Verdict(false, 3, 0, 60, 60));

        clock.advance(Duration.ofSeconds(45));
        assertThat(limits.apiCall("192.0.2.1", "key 1")).isEqualTo(new Verdict(false, 3, 0, 15, 15));
        assertThat(limits.apiCall("192.0.2.9", "key 2").allowed()).isTrue();

        clock.advance(Duration.ofSeconds(15));
        assertThat(limits.apiCall("192.0.2.1", "key 1")).isEqualTo(new Verdict(true, 3, 2, 60, 0));
    }

    @Test
    void anAddressIsLimitedAcrossKeysAndTheTighterLimitIsReported() {
        for (int call = 0; call < 5; call++) {
            assertThat(limits.apiCall("192.0.2.2", "key " + call).allowed()).isTrue();
        }
        Verdict refused = limits.apiCall("192.0.2.2", "key 9");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.limit()).isEqualTo(5);
        assertThat(limits.apiCall("192.0.2.3", "key 9")).isEqualTo(new Verdict(true, 3, 2, 60, 0));
    }

    @Test
    void signInAttemptsAreCountedPerEmailInAnySpellingAndPerAddress() {
        assertThat(limits.signIn("192.0.2.4", "Ann@Example.org").allowed()).isTrue();
        assertThat(limits.signIn("192.0.2.5", " ann@example.org ").allowed()).isTrue();
        Verdict refused = limits.signIn("192.0.2.6", "ANN@EXAMPLE.ORG");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(15 * 60);

        for (int attempt = 0; attempt < 4; attempt++) {
            limits.signIn("192.0.2.7", "user" + attempt + "@example.org");
        }
        assertThat(limits.signIn("192.0.2.7", "other@example.org").allowed()).isFalse();
        assertThat(limits.signIn("192.0.2.8", "other@example.org").allowed()).isTrue();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
