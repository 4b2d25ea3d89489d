package org.badgeportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import org.badgeportal.admin.LinkedText.Segment;
import org.junit.jupiter.api.Test;

class LinkedTextTest {

    @Test
    void splitsHttpAndHttpsLinksFromTheTextAroundThem() {
        assertThat(LinkedText.split("Open https://x.org/verify/ab_c-1. Or http://y.org/a?b=1&c=2\nbye"))
                .containsExactly(
                        new Segment("Open ", null),
                        new Segment("https://x.org/verify/ab_c-1", "https://x.org/verify/ab_c-1"),
                        new Segment(". Or ", null),
                        new Segment("http://y.org/a?b=1&c=2", "http://y.org/a?b=1&c=2"),
                        new Segment("\nbye", null));
    }

    @Test
    void otherSchemesAndMarkupStayText() {
        assertThat(LinkedText.split("javascript:alert(1) <a href=\"data:x\">x</a>"))
                .containsExactly(new Segment("javascript:alert(1) <a href=\"data:x\">x</a>", null));
        assertThat(LinkedText.split("(see https://x.org/\"onmouseover=\"alert(1))"))
                .containsExactly(new Segment("(see ", null), new Segment("https://x.org/", "https://x.org/"),
                        new Segment("\"onmouseover=\"alert(1))", null));
    }
}
