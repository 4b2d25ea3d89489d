package org.badgeportal.openbadges;

/**
 * What a baked image is made from: the badge's slug (the download's file name), its name and colour (for a
 * drawn picture) and its stored image, if it has one ({@code contentType} and {@code bytes} null otherwise).
 */
record BadgeArt(String slug, String name, String color, String contentType, byte[] bytes) {

    boolean hasStoredImage() {
        return bytes != null;
    }
}
