package org.badgeportal.awards;

/**
 * Why the award service refused a request. Stable codes: pages show the message {@code awards.refusal.CODE}
 * from {@code messages/awards.properties}, APIs put the code in their error body. None of them is a server error.
 */
public enum AwardRefusal {
    /** The badge, award, recipient or account does not exist. */
    NOT_FOUND,
    /** The actor may not do this (not the linked verified recipient, not a member of the issuer, ...). */
    FORBIDDEN,
    /** The badge is archived: it cannot be awarded any more. */
    BADGE_ARCHIVED,
    /** The badge is unique and the recipient already has an award of it that is not revoked. */
    DUPLICATE_UNIQUE,
    /** The badge's limit of distinct earners is reached. */
    OVER_LIMIT,
    /** The recipient is neither a valid email address nor a site user name ({@code [A-Za-z0-9._-]}, 1-100). */
    INVALID_RECIPIENT,
    /** The narrative is longer than 4000 characters. */
    INVALID_NARRATIVE,
    /** An evidence URL is not http(s), too long, or there are more than 10. */
    INVALID_EVIDENCE,
    /** The award would expire before (or when) it becomes valid. */
    INVALID_DATES,
    /** The payload is not JSON, or too long. */
    INVALID_PAYLOAD,
    /** A revocation needs a reason of 1 to 500 characters. */
    INVALID_REASON,
    /** A revoked award never changes again. */
    REVOKED,
    /** Claim links are for site-user recipients not yet linked to an account. */
    NOT_CLAIMABLE,
    /** The claim link is unknown or was already used. */
    INVALID_CLAIM,
    /** A bulk award has more rows than {@link BulkAwards#MAX_ROWS}. */
    TOO_MANY_ROWS,
    /** Another request holds the badge or award for too long; trying again later works. */
    BUSY
}
