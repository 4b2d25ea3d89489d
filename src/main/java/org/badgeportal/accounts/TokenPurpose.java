package org.badgeportal.accounts;

/** Why a one-time link was mailed to an account. */
public enum TokenPurpose {
    EMAIL_VERIFICATION,
    PASSWORD_RESET
}
