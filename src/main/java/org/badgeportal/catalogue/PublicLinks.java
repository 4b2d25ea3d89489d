package org.badgeportal.catalogue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guards for values users wrote that end up in attributes of public pages. Input is validated where it is
 * entered; these checks make sure a stored value that slipped through never becomes a script link or CSS.
 */
final class PublicLinks {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"':;,()]+@[^\\s@<>\"':;,()]+");

    private PublicLinks() {
    }

    /** The URL when it is an absolute http(s) URL with a host, otherwise null (shown as no link at all). */
    static String httpUrlOrNull(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null ? trimmed : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A hex colour or a colour name, otherwise null: the value goes into a style attribute. */
    static String colorOrNull(String color) {
        return color != null && COLOR.matcher(color.trim()).matches() ? color.trim() : null;
    }

    /** A mailto: link for a plausible address, otherwise null (the address is then shown as text only). */
    static String mailtoOrNull(String email) {
        return email != null && EMAIL.matcher(email.trim()).matches() ? "mailto:" + email.trim() : null;
    }

    /** Where a badge's image is shown from: the portal's copy of an upload, or the issuer's http(s) URL. */
    static String imageSrc(Long imageId, String imageUrl) {
        return imageId != null ? "/images/" + imageId : httpUrlOrNull(imageUrl);
    }

    static String issuerPath(String issuerSlug) {
        return "/issuers/" + issuerSlug;
    }

    static String badgePath(String issuerSlug, String badgeSlug) {
        return issuerPath(issuerSlug) + "/badges/" + badgeSlug;
    }
}
