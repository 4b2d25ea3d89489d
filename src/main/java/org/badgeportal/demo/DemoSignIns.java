package org.badgeportal.demo;

import java.util.List;

/**
 * What the start-up banner tells about fresh demo data.
 *
 * @param emails         the demo accounts' sign-in emails
 * @param password       their password when it was generated, or null when it came from the configuration
 * @param embedSnippet   markup that shows a demo user's badges on any page
 */
public record DemoSignIns(List<String> emails, String password, String embedSnippet) {

    public boolean passwordGenerated() {
        return password != null;
    }
}
