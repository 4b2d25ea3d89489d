package org.badgeportal.awards;

import java.util.List;

/**
 * One row of a bulk award, as written by the issuer: {@code line} is where it starts in the upload (for
 * messages), {@code expiry} is blank (the badge's default), an ISO date ({@code 2027-01-31}: valid through that
 * day, UTC) or an instant ({@code 2027-01-31T12:00:00Z}). {@code payload} is free-form JSON kept on the award
 * (the portal API sends it per recipient; uploads have none).
 */
public record BulkRow(int line, String recipient, String narrative, List<String> evidence, String expiry,
                      String payload) {

    public BulkRow {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A row of an upload, without payload. */
    public BulkRow(int line, String recipient, String narrative, List<String> evidence, String expiry) {
        this(line, recipient, narrative, evidence, expiry, null);
    }

    public static BulkRow of(int line, String recipient) {
        return new BulkRow(line, recipient, null, List.of(), null);
    }
}
