package org.badgeportal.awards.manage;

import java.util.Locale;
import org.badgeportal.awards.AwardStatus;

/**
 * The filters of an issuer's award list: a stored status ({@code null} for any), a badge slug and a text the
 * recipient's identifier contains (case-insensitive). Blank values filter nothing.
 */
public record AwardFilter(AwardStatus status, String badge, String recipient) {

    public AwardFilter {
        badge = blankToNull(badge);
        recipient = blankToNull(recipient);
    }

    /** {@code pending}, {@code accepted}, {@code declined}, {@code revoked}; anything else (or nothing) means any. */
    public static AwardFilter of(String status, String badge, String recipient) {
        AwardStatus parsed = null;
        if (status != null) {
            for (AwardStatus candidate : AwardStatus.values()) {
                if (candidate.name().equalsIgnoreCase(status.strip())) {
                    parsed = candidate;
                }
            }
        }
        return new AwardFilter(parsed, badge, recipient);
    }

    /** The value of the {@code status} parameter. */
    public String statusParameter() {
        return status == null ? "any" : status.name().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
