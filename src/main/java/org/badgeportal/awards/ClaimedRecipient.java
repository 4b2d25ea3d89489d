package org.badgeportal.awards;

/** The recipient a claim link linked to an account: which site user of which issuer. */
public record ClaimedRecipient(Long recipientId, String identifier, String issuerSlug, String issuerName) {
}
