package org.badgeportal.embed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Links that reach strangers' pages: absolute http(s) URLs with a host, or nothing. */
final class EmbedLinks {

    private EmbedLinks() {
    }

    static String httpUrlOrNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? trimmed : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
