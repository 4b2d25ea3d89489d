package org.badgeportal.earners;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.badgeportal.awards.AwardStatus;

/** How many awards an account has in each state, from one grouped query. */
public record StatusCounts(Map<AwardStatus, Long> counts) {

    static StatusCounts of(List<StatusCount> rows) {
        Map<AwardStatus, Long> counts = new EnumMap<>(AwardStatus.class);
        for (AwardStatus status : AwardStatus.values()) {
            counts.put(status, 0L);
        }
        rows.forEach(row -> counts.put(row.status(), row.total()));
        return new StatusCounts(Map.copyOf(counts));
    }

    public long of(AwardStatus status) {
        return counts.get(status);
    }

    public long getPending() {
        return of(AwardStatus.PENDING);
    }

    public long getAccepted() {
        return of(AwardStatus.ACCEPTED);
    }

    /** The status filters of the award pages, in lifecycle order, with their counts. */
    public List<Filter> getFilters() {
        return Arrays.stream(AwardStatus.values()).map(status -> new Filter(Filter.param(status), of(status))).toList();
    }

    /** One status filter: its URL value ({@code pending}) and how many awards it has. */
    public record Filter(String param, long count) {

        static String param(AwardStatus status) {
            return status.name().toLowerCase(Locale.ROOT);
        }
    }
}
