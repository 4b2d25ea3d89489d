/**
 * Awards: recipients and the award lifecycle (pending, accepted, declined, revoked).
 *
 * <p>{@link org.badgeportal.awards.AwardService} is the feature's API: issue one award or many
 * ({@link org.badgeportal.awards.bulk.BulkCsv} reads uploads), accept, decline, revoke, link recipients to accounts
 * (verified email or claim link) and the dashboard figures. Refusals are
 * {@link org.badgeportal.awards.AwardRefusedException}s with a code whose message is
 * {@code awards.refusal.CODE}. Other features learn about new and revoked awards through the
 * {@link org.badgeportal.awards.AwardIssued} and {@link org.badgeportal.awards.AwardRevoked} events, published
 * inside the transaction that made the change. Other modules read awards through
 * {@link org.badgeportal.awards.AwardReads}. The sub-packages are the module's own: {@code lifecycle}
 * (persistence, locks, mails, metrics), {@code recipients}, {@code bulk}, {@code manage} (the issuer's award
 * pages) and {@code page} (the public award page).
 */
package org.badgeportal.awards;
