/**
 * The write side of the UserBadges API; the read side is in
 * {@link org.badgeportal.embed}. Every write needs a credential of the service ({@code ApiCallers.issuer(service)}):
 * an API key of that issuer, a signed request, or, for the sandbox service {@code test} only, nothing.
 *
 * <ul>
 *   <li>{@code PUT /v1/{service}/badges.json} creates missing badges (name = slug) and changes existing ones:
 *       {@code title}, {@code description}, {@code type} and {@code image} are badge fields, every other field is a
 *       custom field kept as its JSON literal ({@code null} removes it); {@code count}, {@code latest},
 *       {@code globalCount} and {@code globalLatest} are computed and ignored. Answers the badge list.</li>
 *   <li>{@code DELETE /v1/{service}/badges.json} really deletes badges and their awards, for issuers with
 *       AUTOMATIC acceptance only (409 otherwise).</li>
 *   <li>{@code PUT /v1/{service}/users/{name}.json} awards each named badge once more (the award service's rules
 *       apply; one refusal and nothing is awarded); {@code DELETE} revokes the user's awards of the named badges
 *       with the reason {@value UserBadgesWrites#REMOVED}, so the history stays on the dashboard.</li>
 * </ul>
 * Badge names that are not slugs, and badges the service does not have, are 400 errors that name them; nothing is
 * written then. A key of another service, or no key, gets 401 (also for services that do not exist).
 */
package org.badgeportal.apis.userbadges;
