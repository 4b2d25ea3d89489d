package org.badgeportal.embed;

import java.util.List;

/**
 * A user's badges as an SVG image (for forums and READMEs): one pill per badge with its count. Every text is
 * XML-escaped; the only style is this class's own CSS, in the chosen theme's colours.
 */
final class BadgeSvg {

    private static final int HEIGHT = 22;
    private static final int GAP = 4;
    private static final int MAX_WIDTH = 640;
    private static final double CHAR_WIDTH = 7.0;

    private BadgeSvg() {
    }

    static String render(List<ShownBadge> badges, ThemePalette palette, String label) {
        StringBuilder pills = new StringBuilder();
        int x = 0;
        int y = 0;
        int width = 0;
        for (ShownBadge shown : badges) {
            String count = shown.count() > 1 ? "x" + shown.count() : "";
            int textWidth = (int) Math.ceil(shown.name().length() * CHAR_WIDTH);
            int pill = 16 + textWidth + (count.isEmpty() ? 0 : 6 + (int) Math.ceil(count.length() * CHAR_WIDTH));
            if (x > 0 && x + pill > MAX_WIDTH) {
                x = 0;
                y += HEIGHT + GAP;
            }
            pills.append("<g transform=\"translate(").append(x).append(',').append(y).append(")\"><title>")
                    .append(escape(shown.name() + ": " + shown.badge().description())).append("</title>")
                    .append("<rect class=\"p\" x=\"0.5\" y=\"0.5\" rx=\"6\" width=\"").append(pill - 1)
                    .append("\" height=\"").append(HEIGHT - 1).append("\"/>")
                    .append("<text class=\"n\" x=\"8\" y=\"15\">").append(escape(shown.name())).append("</text>");
            if (!count.isEmpty()) {
                pills.append("<text class=\"c\" x=\"").append(14 + textWidth).append("\" y=\"15\">")
                        .append(escape(count)).append("</text>");
            }
            pills.append("</g>");
            x += pill + GAP;
            width = Math.max(width, x - GAP);
        }
        int height = badges.isEmpty() ? 1 : y + HEIGHT;
        String css = colours(palette) + "text{font:12px Verdana,DejaVu Sans,sans-serif}"
                + (palette.dark() == null ? "" : "@media (prefers-color-scheme:dark){" + colours(palette.dark()) + "}");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Math.max(width, 1) + "\" height=\"" + height
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\"><title>" + escape(label) + "</title><style>"
                + css + "</style>" + pills + "</svg>";
    }

    private static String colours(ThemePalette palette) {
        return ".p{fill:" + palette.fill() + ";stroke:" + palette.border() + "}.n{fill:" + palette.name() + "}.c{fill:"
                + palette.count() + "}";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
