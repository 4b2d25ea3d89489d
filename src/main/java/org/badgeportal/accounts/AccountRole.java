package org.badgeportal.accounts;

/** What an account may do across the whole site; issuer rights come from memberships. */
public enum AccountRole {
    USER,
    ADMIN
}
