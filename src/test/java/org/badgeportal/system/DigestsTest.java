package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** SHA-256 against the FIPS 180-2 vectors; text is hashed as UTF-8. */
class DigestsTest {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void givesTheKnownLowercaseHexDigests() {
        assertThat(Digests.sha256Hex("abc")).isEqualTo(ABC);
        assertThat(Digests.sha256Hex("")).isEqualTo(EMPTY);
        assertThat(Digests.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
    }

    @Test
    void hashesTextAsUtf8() {
        assertThat(Digests.sha256Hex("é"))
                .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c")
                .isEqualTo(Digests.sha256Hex(new byte[] {(byte) 0xc3, (byte) 0xa9}));
    }

    @Test
    void rawDigestIsTheHexOnesBytes() {
        assertThat(Digests.sha256("abc")).hasSize(32).isEqualTo(HexFormat.of().parseHex(ABC));
        assertThat(Digests.sha256(new byte[0])).isEqualTo(HexFormat.of().parseHex(EMPTY));
    }
}
