package org.badgeportal.issuers;

/** Decides the first state of an award (see the award lifecycle in src/docs/DESIGN.md). */
public enum AcceptancePolicy {
    /** Awards start PENDING; only the linked, verified account may accept or decline. */
    REQUIRED,
    /** Awards start ACCEPTED; for sites awarding their own users, who may never have an account. */
    AUTOMATIC
}
