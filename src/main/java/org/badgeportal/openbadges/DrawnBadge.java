package org.badgeportal.openbadges;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A picture for a badge the portal has no raster image of (an SVG upload, an image at the issuer's address,
 * which is never fetched, or no image): a disc in the badge's background colour with the initials of its name.
 */
final class DrawnBadge {

    static final int SIZE = 256;
    private static final Color DEFAULT_COLOR = new Color(0x2a7ab0);
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private DrawnBadge() {
    }

    static BufferedImage draw(String name, String color) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color background = colorOf(color);
            graphics.setColor(background);
            graphics.fillOval(8, 8, SIZE - 16, SIZE - 16);
            graphics.setColor(brightness(background) > 150 ? Color.BLACK : Color.WHITE);
            drawInitials(graphics, initials(name));
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /** Text needs fonts: on a server without any, the disc alone is the picture. */
    private static void drawInitials(Graphics2D graphics, String initials) {
        try {
            graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, SIZE / 3));
            FontMetrics metrics = graphics.getFontMetrics();
            int x = (SIZE - metrics.stringWidth(initials)) / 2;
            int y = (SIZE - metrics.getHeight()) / 2 + metrics.getAscent();
            graphics.drawString(initials, x, y);
        } catch (RuntimeException | InternalError e) {
            // no font configuration on this machine
        }
    }

    static String initials(String name) {
        String letters = Arrays.stream(name == null ? new String[0] : name.strip().split("\\s+"))
                .filter(word -> !word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)))
                .limit(2)
                .map(word -> new String(Character.toChars(word.codePointAt(0))))
                .collect(Collectors.joining());
        return letters.toUpperCase(Locale.ROOT);
    }

    /** A hex colour ({@code #fc0}, {@code #ffcc00}); names and anything else give the portal's blue. */
    static Color colorOf(String color) {
        if (color == null || !HEX.matcher(color.strip()).matches()) {
            return DEFAULT_COLOR;
        }
        String hex = color.strip().substring(1);
        if (hex.length() == 3) {
            hex = hex.replaceAll("(.)", "$1$1");
        }
        return new Color(Integer.parseInt(hex, 16));
    }

    private static int brightness(Color color) {
        return (color.getRed() * 299 + color.getGreen() * 587 + color.getBlue() * 114) / 1000;
    }
}
