package org.badgeportal.awards;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every row's outcome in the order of the upload, with totals per outcome. */
public record BulkReport(List<BulkRowResult> rows, boolean committed) {

    public BulkReport {
        rows = List.copyOf(rows);
    }

    public long count(BulkOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    /** Rows that are (dry run) or were (commit) awarded. */
    public long awarded() {
        return count(BulkOutcome.NEW);
    }

    public Map<BulkOutcome, Long> totals() {
        Map<BulkOutcome, Long> totals = new EnumMap<>(BulkOutcome.class);
        rows.forEach(row -> totals.merge(row.outcome(), 1L, Long::sum));
        return totals;
    }

    public List<BulkRowResult> refused() {
        return rows.stream().filter(row -> !row.outcome().awarded()).toList();
    }
}
