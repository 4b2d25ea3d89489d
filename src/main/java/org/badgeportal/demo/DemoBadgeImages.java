package org.badgeportal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/** Draws the demo badges' images: a coloured rounded medal with the badge's initials, 128 by 128 pixels. */
final class DemoBadgeImages {

    static final int SIZE = 128;

    private DemoBadgeImages() {
    }

    static byte[] png(String name, Color color) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, color.brighter(), 0, SIZE, color.darker()));
            g.fill(new RoundRectangle2D.Double(4, 4, SIZE - 8, SIZE - 8, 36, 36));
            g.setColor(new Color(255, 255, 255, 170));
            g.setStroke(new BasicStroke(4));
            g.draw(new RoundRectangle2D.Double(14, 14, SIZE - 28, SIZE - 28, 24, 24));
            drawInitials(g, initials(name));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Up to two letters: the first letter of the first two words ("Java Fundamentals" gives "JF"). */
    static String initials(String name) {
        return Arrays.stream(name.trim().split("[\\s_-]+"))
                .filter(word -> !word.isEmpty())
                .limit(2)
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }

    private static void drawInitials(Graphics2D g, String initials) {
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, initials.length() > 1 ? 44 : 56));
        FontMetrics metrics = g.getFontMetrics();
        int x = (SIZE - metrics.stringWidth(initials)) / 2;
        int y = (SIZE - metrics.getHeight()) / 2 + metrics.getAscent();
        g.drawString(initials, x, y);
    }
}
