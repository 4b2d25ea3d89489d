package org.badgeportal.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Random secrets (API keys, personal tokens), their stored SHA-256, and the HMAC of signed requests. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Characters of a secret's prefix that are stored to tell secrets apart, after the kind ({@code bp_}). */
    static final int PREFIX_LENGTH = 8;

    private Secrets() {
    }

    /** {@code kind} followed by 32 random bytes in base64url, e.g. {@code bp_Xq3...}. */
    static String generate(String kind) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return kind + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * What is stored and shown to tell secrets apart: the kind and 8 characters ({@code bp_Xq3aB9kL}); for a
     * short secret chosen by hand (the demo key), never more than a quarter of it.
     */
    static String prefix(String secret) {
        int wanted = secret.indexOf('_') + 1 + PREFIX_LENGTH;
        return secret.substring(0, Math.min(Math.min(wanted, 16), secret.length() / 4));
    }

    static String sha256Hex(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Lowercase hex HMAC-SHA256 of {@code message}, keyed with the UTF-8 bytes of {@code key}. */
    static String hmacSha256Hex(String key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JVM", e);
        }
    }

    /** Compares in time that does not depend on where the values differ. */
    static boolean sameText(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
