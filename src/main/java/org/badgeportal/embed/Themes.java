package org.badgeportal.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The embed themes: exactly the stylesheets of the top-level themes/ folder (served as /themes/NAME.css). */
@Component
class Themes {

    static final String DEFAULT = "stackoverflow";

    private final Set<String> names;

    Themes() {
        try {
            Set<String> found = new TreeSet<>();
            for (Resource css : new PathMatchingResourcePatternResolver().getResources("classpath:static/themes/*.css")) {
                String file = css.getFilename();
                if (file != null && file.matches("[a-z0-9-]+\\.css")) {
                    found.add(file.substring(0, file.length() - ".css".length()));
                }
            }
            this.names = Collections.unmodifiableSet(found);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> names() {
        return names;
    }

    /** The theme for a request parameter: the default when absent, an error when it is not in the folder. */
    String require(String requested) {
        if (requested == null || requested.isEmpty()) {
            return DEFAULT;
        }
        if (!names.contains(requested)) {
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
