package org.badgeportal.awards;

/** What {@link AwardService#issue(AwardRequest)} created. */
public record IssuedAward(Long awardId, String publicId, AwardStatus status, Long recipientId) {
}
