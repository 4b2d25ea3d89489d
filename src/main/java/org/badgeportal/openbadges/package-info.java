/**
 * Open Badges 2.0: the JSON-LD issuer {@code Profile}, {@code BadgeClass}, {@code Assertion} (hosted verification)
 * and {@code RevocationList} at stable public URLs (also by content negotiation on the public pages), and baked
 * PNG and SVG images that carry an award's assertion.
 */
package org.badgeportal.openbadges;
