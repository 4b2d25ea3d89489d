package org.badgeportal.awards;

import java.util.regex.Pattern;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.HttpUrls;

/**
 * A badge as award pages show it: name, image, colour, where its public page is and its issuer. Built inside a
 * transaction from a badge fetched with its issuer. Values that end up in attributes are checked once more here:
 * an image is a portal image or an http(s) URL, a colour is a hex value or a name (it goes into a style).
 */
public record BadgeFace(String name, String imageSrc, String color, String path, IssuerMark issuer) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}");

    /** An issuer as the shared {@code fragments/common :: issuerName} fragment shows it. */
    public record IssuerMark(String slug, String name, boolean verified) {

        public String getHref() {
            return "/issuers/" + slug;
        }
    }

    public static BadgeFace of(Badge badge) {
        Issuer issuer = badge.getIssuer();
        return new BadgeFace(badge.getName(), imageSrc(badge.getImageSrc()), color(badge.getBackgroundColor()),
                "/issuers/" + issuer.getSlug() + "/badges/" + badge.getSlug(),
                new IssuerMark(issuer.getSlug(), issuer.getName(), issuer.isVerified()));
    }

    static String imageSrc(String src) {
        return src != null && (src.startsWith("/images/") || HttpUrls.isHttpUrl(src)) ? src : null;
    }

    static String color(String color) {
        return color != null && COLOR.matcher(color.trim()).matches() ? color.trim() : null;
    }
}
