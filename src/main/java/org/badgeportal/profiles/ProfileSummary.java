package org.badgeportal.profiles;

/**
 * An account's figures, after the BitBadges API's user ("badgesIssued", "badgesReceived",
 * "badgesAccepted", "badgesPending"), for the portal API. Revoked awards count nowhere.
 *
 * @param badgesIssued   awards the account made as a member of an issuer ({@code issued_by})
 * @param badgesReceived awards to recipients linked to the account: pending, accepted and declined
 * @param badgesAccepted of those, the accepted ones (expired ones included)
 * @param badgesPending  of those, the ones still waiting for the account to accept or decline
 */
public record ProfileSummary(long badgesIssued, long badgesReceived, long badgesAccepted, long badgesPending) {
}
