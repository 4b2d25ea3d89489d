package org.badgeportal.apikeys;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.badgeportal.issuers.Issuer;

/**
 * A key that acts for one issuer in the APIs. Shown once; looked up by its SHA-256. A copy sealed with the server
 * secret lets the server check signed requests (an HMAC keyed with the key itself).
 */
@Entity
@Table(name = "api_key")
@AttributeOverride(name = "prefix", column = @Column(name = "key_prefix", nullable = false, length = 16))
public class ApiKey extends StoredSecret {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    private Issuer issuer;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    /** The key sealed with the server secret, to check HMACs of signed requests (see SecretBox). */
    @Column(name = "secret_ciphertext", length = 255)
    private String secretCiphertext;

    protected ApiKey() {
    }

    public ApiKey(Issuer issuer, String name, String prefix, String keyHash, String secretCiphertext,
                  Instant createdAt) {
        super(name, prefix, createdAt);
        this.issuer = issuer;
        this.keyHash = keyHash;
        this.secretCiphertext = secretCiphertext;
    }

    public Issuer getIssuer() {
        return issuer;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getSecretCiphertext() {
        return secretCiphertext;
    }
}
