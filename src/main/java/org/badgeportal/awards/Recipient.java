package org.badgeportal.awards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.badgeportal.accounts.Account;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.PersistentEntity;

/** Who receives awards inside one issuer: an email address or a site user name, maybe linked to an account. */
@Entity
@Table(name = "recipient")
public class Recipient extends PersistentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    private Issuer issuer;

    @Column(nullable = false, length = 320)
    private String identifier;

    @Enumerated(EnumType.STRING)
    @Column(name = "identifier_kind", nullable = false, length = 16)
    private RecipientKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "claim_token_hash", length = 64)
    private String claimTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Recipient() {
    }

    public Recipient(Issuer issuer, String identifier, Instant createdAt) {
        this.issuer = issuer;
        this.kind = RecipientKind.of(identifier);
        this.identifier = kind == RecipientKind.EMAIL ? Account.normaliseEmail(identifier) : identifier;
        this.createdAt = createdAt;
    }

    public Issuer getIssuer() {
        return issuer;
    }

    public String getIdentifier() {
        return identifier;
    }

    public RecipientKind getKind() {
        return kind;
    }

    public Account getAccount() {
        return account;
    }

    public void linkTo(Account account) {
        this.account = account;
        this.claimTokenHash = null;
    }

    public String getClaimTokenHash() {
        return claimTokenHash;
    }

    public void setClaimTokenHash(String claimTokenHash) {
        this.claimTokenHash = claimTokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
