package org.badgeportal.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import java.nio.charset.StandardCharsets;
import org.badgeportal.support.TestImages;
import org.junit.jupiter.api.Test;

/** What the image check accepts and refuses, with the reason a form shows (message key and detail). */
class ImageValidatorTest {

    private final ImageValidator validator = new ImageValidator();

    private ImageRejectedException refusal(String content) {
        return catchThrowableOfType(ImageRejectedException.class,
                () -> validator.check(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String svg(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">" + body
                + "</svg>";
    }

    @Test
    void recognisesRasterImagesByTheirBytes() throws Exception {
        assertThat(validator.check(TestImages.png()).contentType()).isEqualTo("image/png");
        assertThat(validator.check(TestImages.jpeg(40, 30)).contentType()).isEqualTo("image/jpeg");
        assertThat(validator.check(TestImages.png(2048, 1)).contentType()).isEqualTo("image/png");
    }

    @Test
    void refusesTextEmptyAndDamagedFiles() {
        assertThat(refusal("hello, I am text").getMessageKey()).isEqualTo("image.type");
        assertThat(refusal("").getMessageKey()).isEqualTo("image.empty");
        byte[] truncated = java.util.Arrays.copyOf(TestImages.png(), 12);
        assertThat(catchThrowableOfType(ImageRejectedException.class, () -> validator.check(truncated))
                .getMessageKey()).isEqualTo("image.unreadable");
    }

    @Test
    void refusesTooManyPixelsWithoutDecodingThem() {
        ImageRejectedException refusal = catchThrowableOfType(ImageRejectedException.class,
                () -> validator.check(TestImages.png(10, 2049)));
        assertThat(refusal.getMessageKey()).isEqualTo("image.tooManyPixels");
        assertThat(refusal.getArguments()).containsExactly(10, 2049, 2048);
    }

    @Test
    void acceptsAPlainSvg() throws Exception {
        assertThat(validator.check(TestImages.cleanSvg()).contentType()).isEqualTo("image/svg+xml");
        String styled = svg("<style>circle { fill: teal; }</style><defs><linearGradient id=\"g\"/></defs>"
                + "<use xlink:href=\"#g\"/><rect style=\"fill: url(#g)\" width=\"5\" height=\"5\"/>");
        assertThat(validator.check(styled.getBytes(StandardCharsets.UTF_8)).contentType()).isEqualTo("image/svg+xml");
    }

    @Test
    void refusesActiveSvgContent() {
        assertThat(refusal(svg("<script>alert(1)</script>")).getMessageKey()).isEqualTo("image.svg.active");
        assertThat(refusal(svg("<rect onclick=\"alert(1)\"/>")).getMessageKey()).isEqualTo("image.svg.active");
        assertThat(refusal("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>").getArguments())
                .containsExactly("onload");
        assertThat(refusal(svg("<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">hi</p></foreignObject>"))
                .getMessageKey()).isEqualTo("image.svg.active");
        assertThat(refusal(svg("<use xlink:href=\"https://evil.example/x.svg#a\"/>")).getMessageKey())
                .isEqualTo("image.svg.active");
        assertThat(refusal(svg("<use href=\"javascript:alert(1)\"/>")).getMessageKey()).isEqualTo("image.svg.active");
        assertThat(refusal(svg("<a href=\"https://example.org\"><rect/></a>")).getMessageKey())
                .isEqualTo("image.svg.active");
        assertThat(refusal(svg("<image href=\"https://example.org/x.png\"/>")).getMessageKey())
                .isEqualTo("image.svg.active");
        assertThat(refusal(svg("<set attributeName=\"onclick\" to=\"alert(1)\"/>")).getMessageKey())
                .isEqualTo("image.svg.active");
    }

    @Test
    void refusesStylesThatLoadSomething() {
        assertThat(refusal(svg("<style>@import url(https://evil.example/x.css);</style>")).getMessageKey())
                .isEqualTo("image.svg.style");
        assertThat(refusal(svg("<style>rect { fill: url(https://evil.example/p.svg#a) }</style>")).getMessageKey())
                .isEqualTo("image.svg.style");
        assertThat(refusal(svg("<rect style=\"background: u\\72l(https://evil.example/)\"/>")).getMessageKey())
                .isEqualTo("image.svg.style");
        assertThat(refusal(svg("<rect fill=\"url(https://evil.example/p.svg#a)\"/>")).getMessageKey())
                .isEqualTo("image.svg.style");
    }

    @Test
    void refusesDoctypesEntitiesAndUnknownMarkup() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
        assertThat(refusal(xxe).getMessageKey()).isEqualTo("image.svg.unreadable");
        assertThat(refusal("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect>").getMessageKey())
                .isEqualTo("image.svg.unreadable");
        assertThat(refusal("<html><body>not svg</body></html>").getMessageKey()).isEqualTo("image.type");
        assertThat(refusal(svg("<?xml-stylesheet href=\"https://evil.example/x.css\"?>")).getMessageKey())
                .isEqualTo("image.svg.active");
        assertThat(refusal(svg("<video/>")).getMessageKey()).isEqualTo("image.svg.active");
        assertThat(refusal(svg("<filter id=\"f\"/>")).getMessageKey()).isEqualTo("image.svg.element");
        assertThat(refusal(svg("<rect data-x=\"1\"/>")).getMessageKey()).isEqualTo("image.svg.attribute");
    }
}
