package org.badgeportal.awards.manage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard's form to award one badge. Dates are {@code yyyy-MM-dd} strings (a failed conversion would
 * leave the whole record null); the controller parses them. Evidence is one URL per line.
 */
public record AwardForm(
        @NotBlank(message = "{awards.manage.form.recipient.required}")
        @Size(max = 320, message = "{awards.refusal.INVALID_RECIPIENT}")
        String recipient,
        String narrative,
        String evidence,
        String validFrom,
        String expiresAt,
        String payload) {

    /** Valid from today; expiring after the badge's default validity, if it has one. */
    static AwardForm defaults(LocalDate today, Integer validityDays) {
        return new AwardForm(null, null, null, today.toString(),
                validityDays == null ? null : today.plusDays(validityDays).toString(), null);
    }

    List<String> evidenceLines() {
        return evidence == null ? List.of() : evidence.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
