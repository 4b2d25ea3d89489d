package org.badgeportal.collections;

/** An issuer as the shared {@code issuerName} fragment shows it: its name and the verified mark. */
public record IssuerMark(String slug, String name, boolean verified) {
}
