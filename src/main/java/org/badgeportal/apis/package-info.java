/**
 * What every JSON API of the portal shares: the three error styles of the APIs ({@link ApiStyle}), errors as
 * exceptions ({@link ApiException}) and the resolver that turns any failure of an API call into a 4xx body in
 * its API's style ({@link ApiExceptionResolver}). Each API is a thin adapter over the domain's public services,
 * in a package of its own: {@code portal} ({@code /api/v1}), {@code userbadges} ({@code /v1/{service}}) and
 * {@code lite} ({@code /api/lite}); {@code access} holds their security chain (credentials, signed requests, the
 * sandbox, body and rate limits).
 */
package org.badgeportal.apis;
