package org.badgeportal.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;

/** Real image files for tests (and browser tests), generated with ImageIO so that they are what they claim. */
public final class TestImages {

    private TestImages() {
    }

    /** A small PNG: a coloured disc on a transparent square. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2a7ab0));
        graphics.fillOval(0, 0, width, height);
        graphics.dispose();
        return write(image, "png");
    }

    public static byte[] png() {
        return png(64, 64);
    }

    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return write(image, "jpeg");
    }

    /**
     * A valid PNG larger than {@code minBytes}: random pixels do not compress. 300 x 300 RGB noise is about
     * 270 KB, above the portal's 256 KB limit while within 2048 x 2048 pixels.
     */
    public static byte[] noisyPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return write(image, "png");
    }

    public static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    /** A clean SVG: a gradient-filled circle and a text. */
    public static byte[] cleanSvg() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">
                  <defs>
                    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
                      <stop offset="0" stop-color="#fc0"/>
                      <stop offset="1" stop-color="#f60"/>
                    </linearGradient>
                  </defs>
                  <circle cx="50" cy="50" r="45" fill="url(#g)" stroke="#333" stroke-width="2"/>
                  <text x="50" y="58" text-anchor="middle" font-size="24" fill="white">A+</text>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
