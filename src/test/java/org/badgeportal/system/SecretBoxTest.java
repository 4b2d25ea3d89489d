package org.badgeportal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Sealed secrets stay readable: values in the stored format ({@code v1:} and base64 of a 12-byte nonce, the
 * AES-256-GCM ciphertext and its tag, under SHA-256 of the server secret) are written here with the JDK's own
 * cipher, as the portal wrote them before it used Spring Security Crypto, and must open; what the box seals now
 * must open with the JDK's cipher too.
 */
class SecretBoxTest {

    private static final String SECRET = "a configured server secret";

    private final SecretBox box = new SecretBox(new PortalProperties("http://localhost", "unused", SECRET));

    @Test
    void opensValuesSealedInTheStoredFormat() throws Exception {
        String sealed = jdkSeal(SECRET, "bp_signing-key-of-an-api-key");

        assertThat(box.open(sealed)).isEqualTo("bp_signing-key-of-an-api-key");
    }

    @Test
    void sealsInTheStoredFormatWithAFreshNonceEachTime() throws Exception {
        String first = box.seal("an issuer's signing key");
        String second = box.seal("an issuer's signing key");

        assertThat(first).startsWith("v1:").isNotEqualTo(second);
        assertThat(jdkOpen(SECRET, first)).isEqualTo("an issuer's signing key");
        assertThat(box.open(second)).isEqualTo("an issuer's signing key");
    }

    @Test
    void refusesChangedValuesAndOtherSecrets() throws Exception {
        String sealed = box.seal("text");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(() -> box.open("v1:" + Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open(jdkSeal("another secret", "text")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open("plain text")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String jdkSeal(String secret, String text) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key(secret), new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return "v1:" + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    }

    private static String jdkOpen(String secret, String sealed) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key(secret), new GCMParameterSpec(128, bytes, 0, 12));
        return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
    }

    private static SecretKeySpec key(String secret) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(("badge-portal secret box\n" + secret).getBytes(StandardCharsets.UTF_8));
        return new SecretKeySpec(digest, "AES");
    }
}
