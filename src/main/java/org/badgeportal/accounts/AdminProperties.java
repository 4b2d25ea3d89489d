package org.badgeportal.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The site administrator account ({@code badges.admin.*}), created at start-up when missing.
 *
 * @param email    its sign-in address
 * @param password its password; blank: one is made up and printed once at first start
 */
@ConfigurationProperties("badges.admin")
public record AdminProperties(String email, String password) {
}
