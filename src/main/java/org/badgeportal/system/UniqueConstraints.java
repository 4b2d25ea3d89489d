package org.badgeportal.system;

import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells which unique constraint a failed insert or update hit, so that a lost race becomes a form error instead of
 * a failure. Names are those of the schema (e.g. {@code uk_badge_slug}); H2 upper-cases them and adds a suffix,
 * PostgreSQL quotes them, so the name is compared ignoring case and as part of what the database reported.
 */
public final class UniqueConstraints {

    private UniqueConstraints() {
    }

    /**
     * True when {@code exception} names the constraint {@code constraint}: the constraint name Hibernate read from
     * the database error when there is one, otherwise the database's own message.
     */
    public static boolean violated(DataIntegrityViolationException exception, String constraint) {
        String wanted = constraint.toLowerCase(Locale.ROOT);
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                return violation.getConstraintName().toLowerCase(Locale.ROOT).contains(wanted);
            }
        }
        String message = exception.getMostSpecificCause().getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
