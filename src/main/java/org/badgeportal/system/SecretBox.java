package org.badgeportal.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor.CipherAlgorithm;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets the server must be able to use again (API keys for request signatures, issuers' signing
 * keys) with AES-256-GCM (Spring Security Crypto's {@link AesBytesEncryptor}, a 12-byte random nonce before the
 * ciphertext and its 128-bit tag) under a key derived from the server secret {@code badges.secret}, which is
 * configuration and never stored in the database. So a copy of the database alone reveals none of them.
 *
 * <p>Without {@code badges.secret} (the embedded setup) a random secret is created once in the data directory,
 * readable by its owner only. Several instances (PostgreSQL setup) must share one configured secret.
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;

    private final BytesEncryptor aes;

    SecretBox(PortalProperties properties) {
        SecretKey key = new SecretKeySpec(Digests.sha256("badge-portal secret box\n" + serverSecret(properties)), "AES");
        this.aes = new AesBytesEncryptor(key, KeyGenerators.secureRandom(NONCE_BYTES), CipherAlgorithm.GCM);
    }

    /** {@code v1:} and base64 of nonce and ciphertext; a different result each time for the same text. */
    public String seal(String plaintext) {
        return FORMAT + Base64.getEncoder().encodeToString(aes.encrypt(plaintext.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text {@link #seal} was given; fails if the value was changed or sealed under another secret. */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(FORMAT)) {
            throw new IllegalArgumentException("not a sealed value");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
        try {
            return new String(aes.decrypt(bytes), StandardCharsets.UTF_8);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IllegalStateException("sealed value does not open with this server secret", e);
        }
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
