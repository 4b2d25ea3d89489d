package org.badgeportal.awards;

/** One row's outcome; {@code awardPublicId} is set for rows a commit awarded. */
public record BulkRowResult(int line, String recipient, BulkOutcome outcome, String awardPublicId) {
}
