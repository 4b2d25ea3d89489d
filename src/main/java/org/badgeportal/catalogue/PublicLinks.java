package org.badgeportal.catalogue;

import java.util.regex.Pattern;
import org.badgeportal.system.HttpUrls;

/**
 * Guards for values users wrote that end up in attributes of public pages. Input is validated where it is
 * entered; these checks make sure a stored value that slipped through never becomes a script link or CSS.
 */
final class PublicLinks {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"':;,()]+@[^\\s@<>\"':;,()]+");

    private PublicLinks() {
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
        return imageId != null ? "/images/" + imageId : HttpUrls.httpUrlOrNull(imageUrl);
    }

    static String issuerPath(String issuerSlug) {
        return "/issuers/" + issuerSlug;
    }

    static String badgePath(String issuerSlug, String badgeSlug) {
        return issuerPath(issuerSlug) + "/badges/" + badgeSlug;
    }
}
