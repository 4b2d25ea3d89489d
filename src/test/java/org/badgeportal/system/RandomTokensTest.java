package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tokens keep the format links and stored keys have always had: unpadded base64url of the random bytes. */
class RandomTokensTest {

    @Test
    void urlSafeTokensAreUnpaddedBase64UrlOfTheRequestedBytes() {
        String token = RandomTokens.urlSafe(32);
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(RandomTokens.urlSafe(18)).hasSize(24).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void everyTokenIsNew() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(RandomTokens.urlSafe(16))).isTrue();
        }
        assertThat(RandomTokens.bytes(12)).hasSize(12).isNotEqualTo(RandomTokens.bytes(12));
    }
}
