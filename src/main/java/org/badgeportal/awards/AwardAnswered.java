package org.badgeportal.awards;

/** Published inside the transaction in which a recipient accepted or declined (hid) an award. */
public record AwardAnswered(Long awardId, AwardStatus status) {
}
