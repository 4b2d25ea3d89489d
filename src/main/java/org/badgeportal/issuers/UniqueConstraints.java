package org.badgeportal.issuers;

import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;

/** Tells which unique constraint a failed insert hit (names from V1__portal_schema.sql; H2 upper-cases them). */
final class UniqueConstraints {

    private UniqueConstraints() {
    }

    static boolean violated(DataIntegrityViolationException exception, String constraint) {
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
