package org.badgeportal.ratelimits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.badgeportal.ratelimits.RateLimitProperties.Limit;

/**
 * One limit ("{@code calls} per {@code period}") kept for many keys: a token bucket per key that is refilled
 * completely at the end of each period. The buckets live in a bounded cache; a key unseen for a whole period
 * is forgotten, which loses nothing since its bucket would be full again.
 */
final class Buckets {

    private final Limit limit;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    Buckets(Limit limit, long maxTracked, TimeMeter time) {
        this.limit = limit;
        this.time = time;
        this.buckets = Caffeine.newBuilder().maximumSize(maxTracked).expireAfterAccess(limit.period()).build();
    }

    /** Takes one call from the key's bucket, if there is one left. */
    Verdict take(String key) {
        ConsumptionProbe probe = buckets.get(key, unused -> newBucket()).tryConsumeAndReturnRemaining(1);
        return Verdict.of(probe.isConsumed(), limit.calls(), probe.getRemainingTokens(),
                probe.getNanosToWaitForReset(), probe.getNanosToWaitForRefill());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.calls())
                        .refillIntervally(limit.calls(), limit.period()))
                .withCustomTimePrecision(time)
                .build();
    }
}
