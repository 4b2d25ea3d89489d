package org.badgeportal.collections;

/** A change to a collection's awards that the rules do not allow; nothing was changed. */
public class CollectionRefusedException extends RuntimeException {

    private final CollectionRefusal refusal;

    CollectionRefusedException(CollectionRefusal refusal) {
        super(refusal.name());
        this.refusal = refusal;
    }

    public CollectionRefusal refusal() {
        return refusal;
    }
}
