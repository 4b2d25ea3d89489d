package org.badgeportal.earners;

import java.util.function.LongSupplier;

/**
 * The navigation's pending counter for one request. The count query runs only when a page actually shows it
 * (a page rendered with the layout), at most once; a page that already counted passes the number in.
 */
public final class PendingAwards {

    private LongSupplier query;
    private long count;

    private PendingAwards(LongSupplier query, long count) {
        this.query = query;
        this.count = count;
    }

    static PendingAwards lazy(LongSupplier query) {
        return new PendingAwards(query, 0);
    }

    static PendingAwards known(long count) {
        return new PendingAwards(null, count);
    }

    public long getCount() {
        if (query != null) {
            count = query.getAsLong();
            query = null;
        }
        return count;
    }
}
