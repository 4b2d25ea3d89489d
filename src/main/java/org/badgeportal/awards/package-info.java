/**
 * Awards: recipients and the award lifecycle (pending, accepted, declined, revoked).
 *
 * <p>{@link org.badgeportal.awards.AwardService} is the feature's API: issue one award or many
 * ({@link org.badgeportal.awards.BulkCsv} reads uploads), accept, decline, revoke, link recipients to accounts
 * (verified email or claim link) and the dashboard figures. Refusals are
 * {@link org.badgeportal.awards.AwardRefusedException}s with a code whose message is
 * {@code awards.refusal.CODE}. Other features learn about new and revoked awards through the
 * {@link org.badgeportal.awards.AwardIssued} and {@link org.badgeportal.awards.AwardRevoked} events, published
 * inside the transaction that made the change. The recipient-side queries are on
 * {@link org.badgeportal.awards.AwardRepository}.
 */
package org.badgeportal.awards;
