package org.badgeportal.awards;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.badgeportal.accounts.Account;
import org.badgeportal.badges.Badge;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.PersistentEntity;

/**
 * One badge given to one recipient at one time (an Open Badges assertion). Its public id is a random UUID so
 * that award URLs reveal nothing about how many awards exist.
 */
@Entity
@Table(name = "award")
public class Award extends PersistentEntity {

    @Version
    private long version;

    @Column(name = "public_id", nullable = false, length = 36)
    private String publicId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "badge_id")
    private Badge badge;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Recipient recipient;

    /** Always the badge's issuer, kept on the award so that an issuer's awards are read newest first by index. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id", updatable = false)
    private Issuer issuer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AwardStatus status;

    @Column(length = 4000)
    private String narrative;

    /** Free-form JSON kept for the site that awarded (seed 000's payload). */
    @Column(length = 20000)
    private String payload;

    @ElementCollection
    @CollectionTable(name = "award_evidence", joinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    @Column(name = "url", length = 2048)
    private List<String> evidence = new ArrayList<>();

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 500)
    private String revocationReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by")
    private Account issuedBy;

    protected Award() {
    }

    public Award(Badge badge, Recipient recipient, AwardStatus initialStatus, Instant issuedAt,
                 Instant validFrom, Instant expiresAt) {
        this.publicId = UUID.randomUUID().toString();
        this.badge = badge;
        this.issuer = badge.getIssuer();
        this.recipient = recipient;
        this.status = initialStatus;
        this.issuedAt = issuedAt;
        this.validFrom = validFrom;
        this.expiresAt = expiresAt;
    }

    /** Derived, never stored: an award past its expiry is shown as expired. */
    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /** Only accepted, unrevoked and unexpired awards are ever public. */
    public boolean isPublic(Instant now) {
        return status == AwardStatus.ACCEPTED && !isExpired(now);
    }

    public void accept(Instant now) {
        requireNotRevoked();
        this.status = AwardStatus.ACCEPTED;
        this.respondedAt = now;
    }

    public void decline(Instant now) {
        requireNotRevoked();
        this.status = AwardStatus.DECLINED;
        this.respondedAt = now;
    }

    public void revoke(String reason, Instant now) {
        requireNotRevoked();
        this.status = AwardStatus.REVOKED;
        this.revocationReason = reason;
        this.revokedAt = now;
    }

    private void requireNotRevoked() {
        if (status == AwardStatus.REVOKED) {
            throw new IllegalStateException("A revoked award cannot change any more");
        }
    }

    public long getVersion() {
        return version;
    }

    public String getPublicId() {
        return publicId;
    }

    public Badge getBadge() {
        return badge;
    }

    public Recipient getRecipient() {
        return recipient;
    }

    public AwardStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String narrative) {
        this.narrative = narrative;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public List<String> getEvidence() {
        return evidence;
    }

    public void replaceEvidence(List<String> evidence) {
        this.evidence.clear();
        this.evidence.addAll(evidence);
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public Account getIssuedBy() {
        return issuedBy;
    }

    public void setIssuedBy(Account issuedBy) {
        this.issuedBy = issuedBy;
    }
}
