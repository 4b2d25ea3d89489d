package org.badgeportal.apikeys;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import org.badgeportal.system.PersistentEntity;

/**
 * What API keys and personal access tokens have in common: a name its owner chose, the first characters of the
 * secret (so keys can be told apart without it), and when it was made, last used and revoked. The secret itself
 * is shown once and stored only as its SHA-256, in the subclass's own column.
 */
@MappedSuperclass
public abstract class StoredSecret extends PersistentEntity {

    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Column(nullable = false, length = 100)
    private String name;

    /** Mapped by each subclass to its own column. */
    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected StoredSecret() {
    }

    protected StoredSecret(String name, String prefix, Instant createdAt) {
        this.name = name;
        this.prefix = prefix;
        this.createdAt = createdAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    /**
     * Notes a use. Last-used times are written at most once a minute per secret, so a busy key does not write on
     * every call.
     */
    public void markUsed(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            this.lastUsedAt = now;
        }
    }

    public void revoke(Instant now) {
        this.revokedAt = now;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
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
