package org.badgeportal.issuers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.badgeportal.images.StoredImage;
import org.badgeportal.system.PersistentEntity;

/**
 * An organisation that owns badges. Its slug is also the UserBadges service name, the seed-000 collection and
 * the BadgeKit system.
 */
@Entity
@Table(name = "issuer")
public class Issuer extends PersistentEntity {

    @Column(nullable = false, length = 50)
    private String slug;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(length = 2048)
    private String url;

    @Column(name = "contact_email", length = 320)
    private String contactEmail;

    @Column(length = 4000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    private StoredImage image;

    @Column(nullable = false)
    private boolean verified;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_policy", nullable = false, length = 16)
    private AcceptancePolicy acceptancePolicy = AcceptancePolicy.REQUIRED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Issuer() {
    }

    public Issuer(String slug, String name, AcceptancePolicy acceptancePolicy, Instant createdAt) {
        this.slug = slug;
        this.name = name;
        this.acceptancePolicy = acceptancePolicy;
        this.createdAt = createdAt;
    }

    public void updateProfile(String name, String url, String contactEmail, String description,
                              AcceptancePolicy acceptancePolicy) {
        this.name = name;
        this.url = url;
        this.contactEmail = contactEmail;
        this.description = description;
        this.acceptancePolicy = acceptancePolicy;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getDescription() {
        return description;
    }

    public StoredImage getImage() {
        return image;
    }

    public void setImage(StoredImage image) {
        this.image = image;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    public AcceptancePolicy getAcceptancePolicy() {
        return acceptancePolicy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
