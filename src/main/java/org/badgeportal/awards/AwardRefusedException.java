package org.badgeportal.awards;

/**
 * A request the award service refuses, with a {@link AwardRefusal reason code} for the page or API to show.
 * Unchecked on purpose: thrown inside a transaction it rolls everything back, so a refusal never leaves half a
 * change behind.
 */
public class AwardRefusedException extends RuntimeException {

    private final AwardRefusal reason;

    public AwardRefusedException(AwardRefusal reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public AwardRefusal reason() {
        return reason;
    }
}
