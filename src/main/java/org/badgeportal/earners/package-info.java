/**
 * Earners: the signed-in person's own awards ({@code /me}, {@code /me/awards?status=...}), accepting and
 * declining them in place, the pending counter in the navigation, claim links ({@code /claim/{token}}) and
 * linking awards sent to an address once the account verifies it. The rules themselves (who may accept, what a
 * claim link links) belong to {@link org.badgeportal.awards.AwardService}; this package shows and asks.
 */
package org.badgeportal.earners;
