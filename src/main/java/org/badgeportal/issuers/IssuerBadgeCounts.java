package org.badgeportal.issuers;

/**
 * How many badges an issuer has, for its overview. The badges module, which depends on this one, implements it,
 * so that issuers know nothing of badges.
 */
public interface IssuerBadgeCounts {

    long badges(Issuer issuer);

    long archivedBadges(Issuer issuer);
}
