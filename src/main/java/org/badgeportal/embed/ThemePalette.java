package org.badgeportal.embed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A theme's four colours (pill, badge name, count, border), read from its stylesheet's {@code --badge-*} custom
 * properties, so that the stylesheet is their one source for the script's widget, the iframe and the SVG image.
 * {@code dark} holds those a {@code prefers-color-scheme: dark} block sets, or is null.
 */
record ThemePalette(String fill, String name, String count, String border, ThemePalette dark) {

    private static final String[] COLOURS = {"fill", "name", "count", "border"};
    private static final Pattern DARK = Pattern.compile(
            "@media\\s*\\(prefers-color-scheme:\\s*dark\\)\\s*\\{((?:[^{}]|\\{[^{}]*\\})*)\\}");
    private static final Pattern COLOUR = Pattern.compile("--badge-(fill|name|count|border)\\s*:\\s*(#[0-9a-fA-F]{6})");

    /** The palette of the theme with that stylesheet; a theme that lacks one of the colours is refused. */
    static ThemePalette of(String theme, String css) {
        StringBuilder dark = new StringBuilder();
        Matcher blocks = DARK.matcher(css);
        while (blocks.find()) {
            dark.append(blocks.group(1));
        }
        Map<String, String> base = colours(blocks.replaceAll(""));
        Map<String, String> night = colours(dark.toString());
        return palette(theme, base, night.isEmpty() ? null : palette(theme + " (dark)", night, null));
    }

    private static Map<String, String> colours(String css) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher colour = COLOUR.matcher(css);
        while (colour.find()) {
            found.putIfAbsent(colour.group(1), colour.group(2).toLowerCase());
        }
        return found;
    }

    private static ThemePalette palette(String theme, Map<String, String> colours, ThemePalette dark) {
        for (String colour : COLOURS) {
            if (!colours.containsKey(colour)) {
                throw new IllegalStateException("The embed theme " + theme + " declares no --badge-" + colour
                        + " colour (#rrggbb): every theme sets --badge-fill, --badge-name, --badge-count and "
                        + "--badge-border");
            }
        }
        return new ThemePalette(colours.get("fill"), colours.get("name"), colours.get("count"), colours.get("border"),
                dark);
    }
}
