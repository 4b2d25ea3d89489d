package org.badgeportal.images;

import java.util.Base64;

/** Image bytes that passed {@link ImageValidator}: the content type comes from the bytes, never from the sender. */
public record CheckedImage(String contentType, byte[] bytes) {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String SVG = "image/svg+xml";

    /** A data URI of the image, for showing an upload in a preview before anything is stored. */
    public String toDataUri() {
        return "data:" + contentType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
