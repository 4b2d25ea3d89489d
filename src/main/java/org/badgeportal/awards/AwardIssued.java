package org.badgeportal.awards;

/**
 * Published inside the transaction that created an award (single or bulk), so that a listener can store a mail
 * in the outbox with the award itself.
 */
public record AwardIssued(Long awardId) {
}
