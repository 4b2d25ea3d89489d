package org.badgeportal.earners;

import org.badgeportal.awards.AwardStatus;

/** One row of {@link EarnerQueries#countByStatus}: how many of an account's awards are in one state. */
public record StatusCount(AwardStatus status, long total) {
}
