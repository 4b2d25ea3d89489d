package org.badgeportal.embed;

import java.util.List;
import java.util.Map;

/**
 * A user's badges as an SVG image (for forums and READMEs): one pill per badge with its count. Every text is
 * XML-escaped; the only style is this class's own CSS for the chosen theme.
 */
final class BadgeSvg {

    private static final int HEIGHT = 22;
    private static final int GAP = 4;
    private static final int MAX_WIDTH = 640;
    private static final double CHAR_WIDTH = 7.0;

    /** Pill background, pill text, count text, border; "auto" adds a dark variant. */
    private static final Map<String, String[]> PALETTES = Map.of(
            "stackoverflow", new String[] {"#333333", "#ffffff", "#999999", "#333333"},
            "light", new String[] {"#e7f1ff", "#0d3b7a", "#495057", "#b6d4fe"},
            "dark", new String[] {"#212529", "#8ec5ff", "#adb5bd", "#495057"},
            "minimal", new String[] {"#ffffff", "#212529", "#6c757d", "#dee2e6"},
            "auto", new String[] {"#f1f3f5", "#0a58ca", "#6c757d", "#ced4da"});

    private BadgeSvg() {
    }

    static String render(List<ShownBadge> badges, String theme, String label) {
        String[] colors = PALETTES.getOrDefault(theme, PALETTES.get(Themes.DEFAULT));
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
        String css = ".p{fill:" + colors[0] + ";stroke:" + colors[3] + "}.n{fill:" + colors[1] + "}.c{fill:" + colors[2]
                + "}text{font:12px Verdana,DejaVu Sans,sans-serif}"
                + ("auto".equals(theme) ? "@media (prefers-color-scheme:dark){.p{fill:#2b3035;stroke:#495057}"
                        + ".n{fill:#6ea8fe}.c{fill:#adb5bd}}" : "");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Math.max(width, 1) + "\" height=\"" + height
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\"><title>" + escape(label) + "</title><style>"
                + css + "</style>" + pills + "</svg>";
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
