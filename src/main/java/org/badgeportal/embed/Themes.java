package org.badgeportal.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The embed themes: exactly the stylesheets of the top-level themes/ folder (served as /themes/NAME.css), each
 * with the colours its stylesheet declares ({@link ThemePalette}); a stylesheet without them stops the start.
 */
@Component
class Themes {

    static final String DEFAULT = "stackoverflow";

    private final Map<String, ThemePalette> palettes;

    Themes() {
        try {
            Map<String, ThemePalette> found = new TreeMap<>();
            Resource[] stylesheets = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:static/themes/*.css");
            for (Resource css : stylesheets) {
                String file = css.getFilename();
                if (file != null && file.matches("[a-z0-9-]+\\.css")) {
                    String name = file.substring(0, file.length() - ".css".length());
                    found.put(name, ThemePalette.of(name, css.getContentAsString(StandardCharsets.UTF_8)));
                }
            }
            this.palettes = Collections.unmodifiableMap(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> names() {
        return palettes.keySet();
    }

    /** The colours of a theme that {@link #require} accepted. */
    ThemePalette palette(String theme) {
        return palettes.get(theme);
    }

    /** The theme for a request parameter: the default when absent, an error when it is not in the folder. */
    String require(String requested) {
        if (requested == null || requested.isEmpty()) {
            return DEFAULT;
        }
        if (!palettes.containsKey(requested)) {
            throw new UnknownThemeException();
        }
        return requested;
    }

    static final class UnknownThemeException extends RuntimeException {
        UnknownThemeException() {
            super("Unknown theme");
        }
    }
}
