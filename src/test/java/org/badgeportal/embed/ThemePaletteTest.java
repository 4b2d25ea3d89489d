package org.badgeportal.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The themes' colours come from their stylesheets only: the SVG image shows the stylesheet's {@code --badge-*}
 * colours, and a stylesheet that lacks one is refused instead of silently looking like another theme.
 */
class ThemePaletteTest {

    private final Themes themes = new Themes();

    @Test
    void everyThemeFileDeclaresItsColoursAndAutoAlsoItsDarkOnes() {
        assertThat(themes.names()).contains("auto", "dark", "light", "minimal", "stackoverflow");
        themes.names().forEach(name -> assertThat(themes.palette(name).fill()).as(name).matches("#[0-9a-f]{6}"));
        assertThat(themes.palette("auto").dark()).isNotNull();
        assertThat(themes.palette("stackoverflow").dark()).isNull();
    }

    @Test
    void theSvgImageUsesTheStylesheetsColours() {
        String css = """
                .userbadges { --badge-fill: #102030; --badge-name: #405060; --badge-count: #708090;
                              --badge-border: #A0B0C0; }
                @media (prefers-color-scheme: dark) {
                  .userbadges { --badge-fill: #010203; --badge-name: #040506; --badge-count: #070809;
                                --badge-border: #0a0b0c; }
                }
                """;
        String svg = BadgeSvg.render(List.of(), ThemePalette.of("test", css), "no badges");

        assertThat(svg).contains(".p{fill:#102030;stroke:#a0b0c0}.n{fill:#405060}.c{fill:#708090}")
                .contains("@media (prefers-color-scheme:dark){.p{fill:#010203;stroke:#0a0b0c}");
    }

    @Test
    void aStylesheetWithoutItsColoursIsRefused() {
        assertThatThrownBy(() -> ThemePalette.of("new-theme", ".userbadges { --badge-fill: #ffffff; }"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("new-theme").hasMessageContaining("--badge-name");
    }
}
