package org.badgeportal.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal's mail settings beyond Spring's own {@code spring.mail.*} ({@code badges.mail.*}).
 *
 * @param from         sender of the portal's mails
 * @param maxPerSecond how many mails go out per second at most: keeps a bulk award's mails under the SMTP
 *                     relay's sending limit, and their delivery from competing with the requests
 */
@ConfigurationProperties("badges.mail")
public record OutgoingMailProperties(String from, int maxPerSecond) {
}
