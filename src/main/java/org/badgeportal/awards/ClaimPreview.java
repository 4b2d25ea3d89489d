package org.badgeportal.awards;

/** What a claim link would link, shown before the person confirms: which site user of which issuer. */
public record ClaimPreview(String identifier, String issuerSlug, String issuerName, boolean issuerVerified) {

    /** The issuer as the shared {@code issuerName} fragment shows it. */
    public BadgeFace.IssuerMark issuer() {
        return new BadgeFace.IssuerMark(issuerSlug, issuerName, issuerVerified);
    }
}
