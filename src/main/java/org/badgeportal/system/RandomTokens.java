package org.badgeportal.system;

import java.security.SecureRandom;
import java.util.Base64;

/** Secrets made of random bytes (tokens in links, API keys, generated passwords, nonces), from one SecureRandom. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** {@code count} random bytes. */
    public static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /**
     * {@code bytes} random bytes in base64url without padding (A-Z, a-z, 0-9, {@code -} and {@code _}): safe in
     * paths, query strings and headers; 32 bytes give 43 characters.
     */
    public static String urlSafe(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(bytes));
    }
}
