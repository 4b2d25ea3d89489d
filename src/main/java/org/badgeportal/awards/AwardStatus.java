package org.badgeportal.awards;

/**
 * The stored states of DESIGN.md's award lifecycle. "Expired" is derived from {@code expiresAt}, never stored.
 */
public enum AwardStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    REVOKED
}
