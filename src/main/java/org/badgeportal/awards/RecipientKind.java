package org.badgeportal.awards;

/** How a recipient is identified inside an issuer. */
public enum RecipientKind {
    /** An email address; linked to the account whose verified email equals it. */
    EMAIL,
    /** A user name chosen by the issuer's site (UserBadges `daniel`); linked through a claim link. */
    SITE_USER;

    public static RecipientKind of(String identifier) {
        return identifier.contains("@") ? EMAIL : SITE_USER;
    }
}
