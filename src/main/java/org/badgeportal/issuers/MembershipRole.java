package org.badgeportal.issuers;

/** OWNER manages members, keys and settings; STAFF manages badges and awards. */
public enum MembershipRole {
    OWNER,
    STAFF
}
