package org.badgeportal.issuers;

/** Published inside the transaction that created an issuer (features that keep something per issuer listen). */
public record IssuerCreated(Long issuerId) {
}
