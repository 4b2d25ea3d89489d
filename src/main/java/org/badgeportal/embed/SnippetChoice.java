package org.badgeportal.embed;

/** One embeddable (service, user) pair offered by a snippet builder, with the issuer's name to show. */
record SnippetChoice(String service, String serviceName, String user) {

    public String value() {
        return service + "/" + user;
    }
}
