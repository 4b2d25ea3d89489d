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
import org.badgeportal.accounts.Account;
import org.badgeportal.system.PersistentEntity;

/** An account's role in one issuer. */
@Entity
@Table(name = "issuer_membership")
public class Membership extends PersistentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    private Issuer issuer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MembershipRole role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {
    }

    public Membership(Issuer issuer, Account account, MembershipRole role, Instant createdAt) {
        this.issuer = issuer;
        this.account = account;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Issuer getIssuer() {
        return issuer;
    }

    public Account getAccount() {
        return account;
    }

    public MembershipRole getRole() {
        return role;
    }

    public void setRole(MembershipRole role) {
        this.role = role;
    }

    public boolean isOwner() {
        return role == MembershipRole.OWNER;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
