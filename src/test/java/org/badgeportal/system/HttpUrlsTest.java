package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only absolute http(s) addresses with a host count as web links. */
class HttpUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "http://example.org/a/b?c=d#e", "HTTPS://Example.org/x",
            "https://127.0.0.1:8443/", "https://[::1]/"})
    void acceptsHttpAndHttpsAddressesWithAHost(String url) {
        assertThat(HttpUrls.isHttpUrl(url)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://example.org/file",
            "mailto:someone@example.org", "/images/1", "//example.org/x", "example.org", "http:///path",
            "https:", "https://exa mple.org/", " https://example.org"})
    void refusesEverythingElse(String url) {
        assertThat(HttpUrls.isHttpUrl(url)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "javascript:alert(1)", "/images/1"})
    void httpUrlOrNullAnswersNullForNonLinks(String url) {
        assertThat(HttpUrls.httpUrlOrNull(url)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/x", "  https://example.org/x\n", "\thttps://example.org/x "})
    void httpUrlOrNullAnswersTheTrimmedLink(String url) {
        assertThat(HttpUrls.httpUrlOrNull(url)).isEqualTo("https://example.org/x");
    }
}
