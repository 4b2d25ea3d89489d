package org.badgeportal.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data created on the first start of an empty database ({@code badges.demo.*}).
 *
 * @param enabled  off: the portal starts empty
 * @param password the demo accounts' password; blank: one is made up and printed once
 * @param apiKey   an API key for the demo site {@code demo}; blank: none
 */
@ConfigurationProperties("badges.demo")
public record DemoProperties(boolean enabled, String password, String apiKey) {
}
