package org.badgeportal.catalogue;

/** An issuer as the shared {@code issuerName} fragment shows it: its name and the verified mark. */
public record IssuerSummary(String slug, String name, boolean verified) {

    public String getHref() {
        return PublicLinks.issuerPath(slug);
    }
}
