package org.badgeportal.apis;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The UserBadges sandbox ({@code badges.sandbox.*}): the service {@code test} that accepts writes without a key.
 *
 * @param enabled on in the embedded setup, off with the {@code postgres} profile
 */
@ConfigurationProperties("badges.sandbox")
public record SandboxProperties(boolean enabled) {
}
