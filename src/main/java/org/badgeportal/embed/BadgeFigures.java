package org.badgeportal.embed;

import java.time.Instant;

/** A badge as the embed needs it, with its public count and latest award date across all users. */
record BadgeFigures(Long id, String slug, String name, String strapline, String earnerDescription, Long imageId,
                    String imageUrl, long globalCount, Instant globalLatest) {

    /** The UserBadges description: the strapline, else the earner description. */
    String description() {
        if (strapline != null && !strapline.isBlank()) {
            return strapline;
        }
        return earnerDescription == null ? "" : earnerDescription;
    }
}
