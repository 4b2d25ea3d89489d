package org.badgeportal.awards.bulk;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.badgeportal.awards.BulkOutcome;
import org.badgeportal.awards.BulkReport;

/**
 * What a committed bulk award did, carried to the page after the redirect (a flash attribute, so it is
 * serializable). Lists at most {@value #MAX_LISTED} skipped rows.
 */
public record BulkSummary(long awarded, long skipped, Map<BulkOutcome, Long> skippedByOutcome,
                          List<Skipped> rows) implements Serializable {

    static final int MAX_LISTED = 1000;

    public record Skipped(int line, String recipient, BulkOutcome outcome) implements Serializable {
    }

    static BulkSummary of(BulkReport report) {
        Map<BulkOutcome, Long> byOutcome = new java.util.EnumMap<>(report.totals());
        byOutcome.remove(BulkOutcome.NEW);
        List<Skipped> rows = report.refused().stream().limit(MAX_LISTED)
                .map(r -> new Skipped(r.line(), r.recipient(), r.outcome())).toList();
        return new BulkSummary(report.awarded(), report.refused().size(), byOutcome, rows);
    }

    public boolean truncated() {
        return skipped > rows.size();
    }
}
