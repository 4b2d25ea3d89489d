/** Accounts: sign up, email verification, sign in, the site administrator. */
package org.badgeportal.accounts;
