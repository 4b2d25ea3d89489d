package org.badgeportal.catalogue;

/** One entry of the catalogue's issuer filter. */
public record IssuerOption(String slug, String name) {
}
