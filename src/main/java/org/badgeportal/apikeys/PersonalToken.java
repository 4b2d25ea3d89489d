package org.badgeportal.apikeys;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.badgeportal.accounts.Account;

/** A recipient's personal access token for the portal API. Shown once; only its SHA-256 is stored. */
@Entity
@Table(name = "personal_token")
@AttributeOverride(name = "prefix", column = @Column(name = "token_prefix", nullable = false, length = 16))
public class PersonalToken extends StoredSecret {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    protected PersonalToken() {
    }

    public PersonalToken(Account account, String name, String prefix, String tokenHash, Instant createdAt) {
        super(name, prefix, createdAt);
        this.account = account;
        this.tokenHash = tokenHash;
    }

    public Account getAccount() {
        return account;
    }

    public String getTokenHash() {
        return tokenHash;
    }
}
