/** Badges: templates, programs, and the issuer dashboard that manages them. */
package org.badgeportal.badges;
