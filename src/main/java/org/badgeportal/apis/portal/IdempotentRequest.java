package org.badgeportal.apis.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.badgeportal.system.PersistentEntity;

/**
 * The first answer to an award call made with an {@code Idempotency-Key}: a retry with the same key and body gets
 * it again instead of awarding twice. The row is inserted before the awards, in their transaction, so a
 * concurrent retry waits on the unique key (issuer, key) and then finds the answer.
 */
@Entity
@Table(name = "idempotent_request")
class IdempotentRequest extends PersistentEntity {

    @Column(name = "issuer_id", nullable = false)
    private Long issuerId;

    @Column(name = "idempotency_key", nullable = false, length = 255)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "status_code", nullable = false)
    private int statusCode;

    @Column(name = "response_body", nullable = false)
    private byte[] responseBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotentRequest() {
    }

    /** A claimed key whose answer is not known yet (only its own transaction can see it). */
    IdempotentRequest(Long issuerId, String idempotencyKey, String requestHash, Instant createdAt) {
        this.issuerId = issuerId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
        this.responseBody = new byte[0];
    }

    void answer(int status, byte[] body) {
        this.statusCode = status;
        this.responseBody = body;
    }

    String getRequestHash() {
        return requestHash;
    }

    int getStatusCode() {
        return statusCode;
    }

    byte[] getResponseBody() {
        return responseBody;
    }
}
