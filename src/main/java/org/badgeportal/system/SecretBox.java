package org.badgeportal.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets the server must be able to use again (API keys for request signatures, issuers' signing
 * keys) with AES-256-GCM under the server secret {@code badges.secret}, which is configuration and never stored
 * in the database. So a copy of the database alone reveals none of them.
 *
 * <p>Without {@code badges.secret} (the embedded setup) a random secret is created once in the data directory,
 * readable by its owner only. Several instances (PostgreSQL setup) must share one configured secret.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;

    SecretBox(PortalProperties properties) {
        this.key = deriveKey(serverSecret(properties));
    }

    /** {@code v1:} and base64 of nonce and ciphertext; a different result each time for the same text. */
    public String seal(String plaintext) {
        try {
            byte[] nonce = RandomTokens.bytes(NONCE_BYTES);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JVM", e);
        }
    }

    /** The text {@link #seal} was given; fails if the value was changed or sealed under another secret. */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed value does not open with this server secret", e);
        }
    }

    private static SecretKey deriveKey(String secret) {
        return new SecretKeySpec(Digests.sha256("badge-portal secret box\n" + secret), "AES");
    }

    private static String serverSecret(PortalProperties properties) {
        if (properties.secret() != null && !properties.secret().isBlank()) {
            return properties.secret();
        }
        Path file = Path.of(properties.dataDir(), "server-secret");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            String secret = Base64.getEncoder().encodeToString(RandomTokens.bytes(32));
            createReadableByOwnerOnly(file);
            Files.writeString(file, secret);
            log.info("Created the server secret in {}. Keep it with backups of the database: without it, signed "
                    + "requests and signing keys cannot be used.", file);
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("Set badges.secret (BADGES_SECRET): cannot read or create " + file, e);
        }
    }

    /** The file is created owner-only before the secret is written, so it is never readable by others. */
    private static void createReadableByOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            log.debug("No POSIX permissions on this file system for {}", file);
            Files.createFile(file);
        }
    }
}
