package org.badgeportal.badges;

import java.util.Collection;
import java.util.Map;

/**
 * What the badges module needs to know about a badge's awards, without depending on the awards module (which
 * depends on it and implements this): the figures of the dashboard's badge list and whether a badge may still
 * be deleted.
 */
public interface BadgeAwardFigures {

    /** Award figures of a page of badges, in one query and in the order given; badges without awards get zeros. */
    Map<Long, BadgeAwardStats> statistics(Collection<Long> badgeIds);

    /** How many awards the badge has, in any state. */
    long countAwards(Badge badge);
}
