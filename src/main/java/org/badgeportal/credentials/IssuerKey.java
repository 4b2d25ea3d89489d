package org.badgeportal.credentials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.badgeportal.system.PersistentEntity;

/**
 * One Ed25519 signing key of an issuer. The private key is kept only sealed ({@code SecretBox}); a rotated key is
 * retired, never deleted, so credentials it signed stay verifiable.
 */
@Entity
@Table(name = "issuer_key")
public class IssuerKey extends PersistentEntity {

    @Column(name = "issuer_id", nullable = false)
    private Long issuerId;

    @Column(name = "public_key_multibase", nullable = false, length = 64)
    private String publicKeyMultibase;

    @Column(name = "private_key_ciphertext", nullable = false, length = 512)
    private String privateKeyCiphertext;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected IssuerKey() {
    }

    IssuerKey(Long issuerId, String publicKeyMultibase, String privateKeyCiphertext, Instant createdAt) {
        this.issuerId = issuerId;
        this.publicKeyMultibase = publicKeyMultibase;
        this.privateKeyCiphertext = privateKeyCiphertext;
        this.createdAt = createdAt;
    }

    /** Was this the issuer's current key at that moment? */
    boolean wasCurrentAt(Instant moment) {
        return !createdAt.isAfter(moment) && (retiredAt == null || retiredAt.isAfter(moment));
    }

    void retire(Instant now) {
        this.retiredAt = now;
    }

    public Long getIssuerId() {
        return issuerId;
    }

    public Multikey getMultikey() {
        return new Multikey(publicKeyMultibase);
    }

    String getPrivateKeyCiphertext() {
        return privateKeyCiphertext;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
