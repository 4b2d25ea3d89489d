package org.badgeportal.openbadges;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.badgeportal.images.CheckedImage;

/**
 * The PNG a baked image starts from. A stored PNG is used as it is; a stored JPEG or GIF (the first frame) is
 * converted with ImageIO. Stored images are at most 256 KB and 2048 pixels a side (images.ImageValidator), so a
 * conversion holds at most 16 MB of pixels for a moment. Anything else is drawn ({@link DrawnBadge}).
 */
final class RasterImages {

    private RasterImages() {
    }

    static byte[] png(BadgeArt art) {
        if (art.hasStoredImage() && CheckedImage.PNG.equals(art.contentType())) {
            return art.bytes();
        }
        BufferedImage decoded = art.hasStoredImage() && !CheckedImage.SVG.equals(art.contentType())
                ? decode(art.bytes()) : null;
        return encode(decoded != null ? decoded : DrawnBadge.draw(art.name(), art.color()));
    }

    /** A drawn PNG of the badge, for a source that turns out not to be a well-formed PNG after all. */
    static byte[] drawn(BadgeArt art) {
        return encode(DrawnBadge.draw(art.name(), art.color()));
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
