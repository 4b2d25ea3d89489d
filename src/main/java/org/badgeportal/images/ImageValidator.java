package org.badgeportal.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Decides what an image is from its bytes alone (a declared content type or file name never counts): PNG, JPEG
 * or GIF by magic number, with the dimensions read from the header only; or SVG that passes {@link SvgSanitizer}.
 */
@Component
public class ImageValidator {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_PIXELS_PER_SIDE = 2048;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87_MAGIC = {'G', 'I', 'F', '8', '7', 'a'};
    private static final byte[] GIF89_MAGIC = {'G', 'I', 'F', '8', '9', 'a'};

    public CheckedImage check(byte[] bytes) throws ImageRejectedException {
        if (bytes == null || bytes.length == 0) {
            throw new ImageRejectedException("image.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImageRejectedException("image.tooLarge", MAX_BYTES / 1024);
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return raster(bytes, "png", CheckedImage.PNG);
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return raster(bytes, "jpeg", CheckedImage.JPEG);
        }
        if (startsWith(bytes, GIF87_MAGIC) || startsWith(bytes, GIF89_MAGIC)) {
            return raster(bytes, "gif", CheckedImage.GIF);
        }
        if (SvgSanitizer.looksLikeSvg(bytes)) {
            SvgSanitizer.check(bytes);
            return new CheckedImage(CheckedImage.SVG, bytes);
        }
        throw new ImageRejectedException("image.type");
    }

    /** Reads only the header for the size, so a small file claiming a huge canvas is never decoded. */
    private static CheckedImage raster(byte[] bytes, String format, String contentType)
            throws ImageRejectedException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (input == null || !readers.hasNext()) {
                throw new ImageRejectedException("image.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new ImageRejectedException("image.unreadable");
                }
                if (width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE) {
                    throw new ImageRejectedException("image.tooManyPixels", width, height, MAX_PIXELS_PER_SIDE);
                }
                return new CheckedImage(contentType, bytes);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageRejectedException("image.unreadable");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
