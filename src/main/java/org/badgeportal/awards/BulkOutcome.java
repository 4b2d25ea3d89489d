package org.badgeportal.awards;

/** What happens (dry run) or happened (commit) to one row of a bulk award. */
public enum BulkOutcome {
    /** The row is (or was) awarded. */
    NEW,
    /** A unique badge the recipient already holds (an award that is not revoked). */
    DUPLICATE_UNIQUE,
    /** A unique badge whose recipient appears earlier in the same upload. */
    DUPLICATE_IN_BATCH,
    /** The badge's limit of distinct earners is reached, counting the earlier rows of the upload. */
    OVER_LIMIT,
    /** Meant as an email address (it has an @) but not a valid one. */
    INVALID_EMAIL,
    /** Neither an email address nor a site user name ({@code [A-Za-z0-9._-]}, 1-100 characters). */
    INVALID_RECIPIENT,
    /** A narrative longer than 4000 characters. */
    INVALID_NARRATIVE,
    /** An evidence entry that is not an http(s) URL, or more than 10 of them. */
    INVALID_EVIDENCE,
    /** An expiry that is not a date or an instant, or not in the future. */
    INVALID_DATE,
    /** A payload that is not one JSON value, or longer than 20000 characters. */
    INVALID_PAYLOAD;

    public boolean awarded() {
        return this == NEW;
    }
}
