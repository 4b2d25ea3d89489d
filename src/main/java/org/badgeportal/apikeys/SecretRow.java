package org.badgeportal.apikeys;

import java.time.Instant;

/** An API key or a personal access token as its owners see it in their list: never the secret itself. */
public record SecretRow(Long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
                        Instant revokedAt) {

    static SecretRow of(StoredSecret secret) {
        return new SecretRow(secret.getId(), secret.getName(), secret.getPrefix(), secret.getCreatedAt(),
                secret.getLastUsedAt(), secret.getRevokedAt());
    }

    public boolean active() {
        return revokedAt == null;
    }
}
