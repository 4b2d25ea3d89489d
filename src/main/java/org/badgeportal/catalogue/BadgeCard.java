package org.badgeportal.catalogue;

/** What the shared badge card shows; every value is safe to put in an attribute as it is. */
public record BadgeCard(String name, String strapline, String imageSrc, String color, IssuerSummary issuer,
                        String href) {

    /** Built from one row of {@link CatalogueQueries}; links, colour and image source are checked here. */
    static BadgeCard of(CardRow row) {
        return new BadgeCard(row.name(), row.strapline(), PublicLinks.imageSrc(row.imageId(), row.imageUrl()),
                PublicLinks.colorOrNull(row.backgroundColor()),
                new IssuerSummary(row.issuerSlug(), row.issuerName(), row.issuerVerified()),
                PublicLinks.badgePath(row.issuerSlug(), row.slug()));
    }

    /** One listed badge with its issuer, read in a single query (no entities, no lazy loading). */
    record CardRow(String issuerSlug, String issuerName, boolean issuerVerified, String slug, String name,
                   String strapline, String backgroundColor, Long imageId, String imageUrl) {
    }
}
