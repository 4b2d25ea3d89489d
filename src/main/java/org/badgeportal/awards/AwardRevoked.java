package org.badgeportal.awards;

/** Published inside the transaction that revoked an award. */
public record AwardRevoked(Long awardId) {
}
