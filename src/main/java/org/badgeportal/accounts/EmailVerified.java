package org.badgeportal.accounts;

/**
 * An account's email address was just verified. Published inside the transaction that marked it, so listeners
 * (awards sent to that address get linked to the account) commit or roll back with it.
 */
public record EmailVerified(Long accountId) {
}
