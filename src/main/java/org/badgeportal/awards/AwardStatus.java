package org.badgeportal.awards;

/**
 * The stored states of the award lifecycle (src/docs/DESIGN.md). "Expired" is derived from {@code expiresAt},
 * never stored.
 */
public enum AwardStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    REVOKED
}
