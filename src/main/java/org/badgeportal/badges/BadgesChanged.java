package org.badgeportal.badges;

/**
 * Published inside a transaction that created, changed or deleted badges of an issuer outside the badge editor
 * (the UserBadges and lite APIs), so that caches of public answers (the embed's) can be emptied once it commits.
 */
public record BadgesChanged(Long issuerId) {
}
