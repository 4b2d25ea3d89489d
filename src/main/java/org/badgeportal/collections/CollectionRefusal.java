package org.badgeportal.collections;

/** Why a change to a collection's awards was refused; the message is {@code collections.refusal.CODE}. */
public enum CollectionRefusal {
    /** Not an accepted award received by this account (someone else's, pending, declined, revoked, unknown). */
    NOT_ELIGIBLE,
    ALREADY_IN_COLLECTION,
    NOT_IN_COLLECTION,
    /** The collection already holds {@link CollectionEditor#MAX_AWARDS} awards. */
    COLLECTION_FULL;

    public String messageKey() {
        return "collections.refusal." + name();
    }
}
