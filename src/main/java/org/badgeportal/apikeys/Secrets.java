package org.badgeportal.apikeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.badgeportal.system.RandomTokens;

/** Random secrets (API keys, personal tokens), the prefix shown of them, and the HMAC of signed requests. */
public final class Secrets {

    /** Characters of a secret's prefix that are stored to tell secrets apart, after the kind ({@code bp_}). */
    static final int PREFIX_LENGTH = 8;

    private Secrets() {
    }

    /** {@code kind} followed by 32 random bytes in base64url, e.g. {@code bp_Xq3...}. */
    static String generate(String kind) {
        return kind + RandomTokens.urlSafe(32);
    }

    /**
     * What is stored and shown to tell secrets apart: the kind and 8 characters ({@code bp_Xq3aB9kL}); for a
     * short secret chosen by hand (the demo key), never more than a quarter of it.
     */
    static String prefix(String secret) {
        int wanted = secret.indexOf('_') + 1 + PREFIX_LENGTH;
        return secret.substring(0, Math.min(Math.min(wanted, 16), secret.length() / 4));
    }

    /** Lowercase hex HMAC-SHA256 of {@code message}, keyed with the UTF-8 bytes of {@code key}. */
    public static String hmacSha256Hex(String key, byte[] message) {
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
