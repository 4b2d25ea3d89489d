package org.badgeportal.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one test of "is this a web link": an absolute URI with scheme http or https (any case) and a host. Links that
 * users give, and links the portal puts into pages and documents, must pass it; anything else ({@code javascript:},
 * {@code data:}, relative or host-less addresses, text that is no URI) is refused.
 */
public final class HttpUrls {

    private HttpUrls() {
    }

    /** True for an absolute http(s) URI with a host; false for null and anything else. */
    public static boolean isHttpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The URL without surrounding white space when that is an http(s) URL, otherwise null (blank and null too). */
    public static String httpUrlOrNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.trim();
        return isHttpUrl(trimmed) ? trimmed : null;
    }
}
