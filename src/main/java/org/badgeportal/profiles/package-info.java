/**
 * Profiles: an account's public page ({@code /u/{handle}}: its public awards grouped by badge and its public
 * collections), its settings ({@code /me/settings}: display name, handle, public or private profile) and the
 * per-account figures of the BitBadges API ({@link org.badgeportal.profiles.ProfileSummaries}).
 */
package org.badgeportal.profiles;
