/**
 * Rate limits: API calls per credential and per client address, sign-in attempts per client address and per
 * email. Token buckets (bucket4j) in this instance's memory, configured by {@code badges.rate-limit.*}; over a
 * limit the caller gets 429 with {@code Retry-After}, and every counted response carries {@code RateLimit-Limit},
 * {@code RateLimit-Remaining} and {@code RateLimit-Reset} (see {@link org.badgeportal.ratelimits.Verdict}).
 */
package org.badgeportal.ratelimits;
