package org.badgeportal.ratelimits;

import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.TimeUnit;

/**
 * The answer of one limit to one request, and the headers that tell the caller about it. The headers follow the
 * IETF draft "RateLimit header fields for HTTP" in its widely used form (as GitHub and others send them, without
 * the {@code X-} prefix):
 * <ul>
 *   <li>{@code RateLimit-Limit}: the calls allowed per period;</li>
 *   <li>{@code RateLimit-Remaining}: the calls left in this period;</li>
 *   <li>{@code RateLimit-Reset}: seconds until the period ends and all calls are allowed again;</li>
 *   <li>{@code Retry-After} (refused calls only): seconds until the next call is allowed.</li>
 * </ul>
 *
 * @param allowed           whether the request may go on
 * @param limit             calls allowed per period
 * @param remaining         calls left
 * @param resetSeconds      seconds until the limit is whole again
 * @param retryAfterSeconds seconds until the next call is allowed (0 when allowed)
 */
public record Verdict(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

    static Verdict of(boolean allowed, long limit, long remaining, long nanosToReset, long nanosToRetry) {
        return new Verdict(allowed, limit, remaining, seconds(nanosToReset), allowed ? 0 : Math.max(1,
                seconds(nanosToRetry)));
    }

    /** The verdict that says more: a refusal, else the one with fewer calls left. */
    static Verdict tighter(Verdict a, Verdict b) {
        if (!a.allowed() || !b.allowed()) {
            return a.allowed() ? b : a;
        }
        return a.remaining() <= b.remaining() ? a : b;
    }

    public void writeHeaders(HttpServletResponse response) {
        response.setHeader("RateLimit-Limit", String.valueOf(limit));
        response.setHeader("RateLimit-Remaining", String.valueOf(remaining));
        response.setHeader("RateLimit-Reset", String.valueOf(resetSeconds));
        if (!allowed) {
            response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        }
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
