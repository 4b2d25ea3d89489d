package org.badgeportal.badges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.badgeportal.issuers.Issuer;
import org.badgeportal.system.PersistentEntity;

/** An optional grouping of badges inside an issuer (BadgeKit program). */
@Entity
@Table(name = "program")
public class Program extends PersistentEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuer_id")
    private Issuer issuer;

    @Column(nullable = false, length = 50)
    private String slug;

    @Column(nullable = false, length = 255)
    private String name;

    @Column(length = 4000)
    private String description;

    protected Program() {
    }

    public Program(Issuer issuer, String slug, String name, String description) {
        this.issuer = issuer;
        this.slug = slug;
        this.name = name;
        this.description = description;
    }

    public Issuer getIssuer() {
        return issuer;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
