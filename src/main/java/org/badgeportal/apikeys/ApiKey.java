package org.badgeportal.apikeys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.PersistentEntity;

/**
 * A key that acts for one issuer in the APIs. Shown once; looked up by its SHA-256. A copy sealed with the server
 * secret lets the server check signed requests (an HMAC keyed with the key itself).
 */
@Entity
@Table(name = "api_key")
public class ApiKey extends PersistentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    private Issuer issuer;

    @Column(nullable = false, length = 100)
    private String name;

    /** The first characters of the key, so an owner can tell keys apart without the secret. */
    @Column(name = "key_prefix", nullable = false, length = 16)
    private String prefix;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    /** The key sealed with the server secret, to check HMACs of signed requests (see SecretBox). */
    @Column(name = "secret_ciphertext", length = 255)
    private String secretCiphertext;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    public ApiKey(Issuer issuer, String name, String prefix, String keyHash, String secretCiphertext,
                  Instant createdAt) {
        this.issuer = issuer;
        this.name = name;
        this.prefix = prefix;
        this.keyHash = keyHash;
        this.secretCiphertext = secretCiphertext;
        this.createdAt = createdAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void markUsed(Instant now) {
        this.lastUsedAt = now;
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }

    public Issuer getIssuer() {
        return issuer;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getSecretCiphertext() {
        return secretCiphertext;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
