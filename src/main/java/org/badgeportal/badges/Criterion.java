package org.badgeportal.badges;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of BadgeKit's criteria items: what an earner must do, whether it is required, and a note for assessors. */
@Embeddable
public class Criterion {

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false)
    private boolean required = true;

    @Column(length = 1000)
    private String note;

    protected Criterion() {
    }

    public Criterion(String description, boolean required, String note) {
        this.description = description;
        this.required = required;
        this.note = note;
    }

    public String getDescription() {
        return description;
    }

    public boolean isRequired() {
        return required;
    }

    public String getNote() {
        return note;
    }
}
