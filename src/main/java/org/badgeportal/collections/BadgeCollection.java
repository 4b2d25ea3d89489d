package org.badgeportal.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.badgeportal.accounts.Account;
import org.badgeportal.awards.Award;
import org.badgeportal.system.PersistentEntity;

/** An account's named, ordered showcase of awards (BitBadges collection). Names are unique per account. */
@Entity
@Table(name = "badge_collection")
public class BadgeCollection extends PersistentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "public", nullable = false)
    private boolean publiclyVisible;

    @ManyToMany
    @JoinTable(name = "badge_collection_item",
            joinColumns = @JoinColumn(name = "collection_id"),
            inverseJoinColumns = @JoinColumn(name = "award_id"))
    @OrderColumn(name = "position")
    private List<Award> awards = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BadgeCollection() {
    }

    public BadgeCollection(Account account, String name, String description, boolean publiclyVisible,
                           Instant createdAt) {
        this.account = account;
        this.name = name;
        this.description = description;
        this.publiclyVisible = publiclyVisible;
        this.createdAt = createdAt;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isPubliclyVisible() {
        return publiclyVisible;
    }

    public void setPubliclyVisible(boolean publiclyVisible) {
        this.publiclyVisible = publiclyVisible;
    }

    public List<Award> getAwards() {
        return awards;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
