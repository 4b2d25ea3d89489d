package org.badgeportal.accounts;

import org.badgeportal.system.RandomTokens;

/**
 * One-time tokens: 32 random bytes, base64url for links; only their SHA-256
 * ({@link org.badgeportal.system.Digests#sha256Hex(String)}) is stored.
 */
final class Tokens {

    private Tokens() {
    }

    static String newToken() {
        return RandomTokens.urlSafe(32);
    }
}
