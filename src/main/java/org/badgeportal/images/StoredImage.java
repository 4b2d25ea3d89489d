package org.badgeportal.images;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.badgeportal.system.PersistentEntity;

/** An image uploaded to the portal (badge or issuer), already checked by {@link ImageValidator}. */
@Entity
@Table(name = "stored_image")
public class StoredImage extends PersistentEntity {

    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;

    @Column(nullable = false)
    private byte[] bytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StoredImage() {
    }

    public StoredImage(String contentType, byte[] bytes, String sha256, Instant createdAt) {
        this.contentType = contentType;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
