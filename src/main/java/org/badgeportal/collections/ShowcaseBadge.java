package org.badgeportal.collections;

import java.util.regex.Pattern;
import org.badgeportal.images.ImageService;

/**
 * A badge as the public pages of collections and profiles show it. Every value is safe to put into an attribute:
 * the image is the portal's copy or an http(s) address, the colour a hex value or a colour name, and the link a
 * path built here. Text is escaped by the templates.
 */
public record ShowcaseBadge(String name, String strapline, String imageSrc, String color, IssuerMark issuer,
                            String href) {

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}");

    /** The portal's copy of an upload, or the issuer's address when it is http(s); otherwise null. */
    public static String imageSrc(Long imageId, String imageUrl) {
        if (imageId != null) {
            return "/images/" + imageId;
        }
        return imageUrl != null && ImageService.isHttpUrl(imageUrl.strip()) ? imageUrl.strip() : null;
    }

    /** A colour that can go into a style attribute, or null. */
    public static String color(String color) {
        return color != null && COLOR.matcher(color.strip()).matches() ? color.strip() : null;
    }

    /** The public page of a badge: {@code /issuers/{issuer}/badges/{slug}}. Slugs are URL-safe. */
    public static String badgePath(String issuerSlug, String badgeSlug) {
        return "/issuers/" + issuerSlug + "/badges/" + badgeSlug;
    }
}
