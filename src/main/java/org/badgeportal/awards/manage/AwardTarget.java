package org.badgeportal.awards.manage;

import org.badgeportal.issuers.Issuer;

/** The badge an award form is for, with its issuer (for the dashboard header), loaded inside the transaction. */
public record AwardTarget(Issuer issuer, Long badgeId, String slug, String name, String imageSrc,
                          boolean archived, boolean unique, Integer limit, Integer validityDays) {
}
