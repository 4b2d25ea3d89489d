/** Issuers: organisations, their members and profile, and who may enter their dashboard. */
package org.badgeportal.issuers;
