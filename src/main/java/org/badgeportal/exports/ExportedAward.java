package org.badgeportal.exports;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.badgeportal.exports.ExportRows.AwardEvidenceRow;

/** One award with all its evidence URLs, from consecutive rows of {@link ExportQueries#awards}. */
record ExportedAward(AwardEvidenceRow award, List<String> evidence) {

    /** Hands each award of the stream to {@code action}, holding only one award's rows at a time. */
    static void forEach(Stream<AwardEvidenceRow> rows, Consumer<ExportedAward> action) {
        Iterator<AwardEvidenceRow> it = rows.iterator();
        AwardEvidenceRow first = it.hasNext() ? it.next() : null;
        while (first != null) {
            List<String> evidence = new ArrayList<>();
            if (first.evidence() != null) {
                evidence.add(first.evidence());
            }
            AwardEvidenceRow next = null;
            while (it.hasNext()) {
                AwardEvidenceRow row = it.next();
                if (!row.id().equals(first.id())) {
                    next = row;
                    break;
                }
                evidence.add(row.evidence());
            }
            action.accept(new ExportedAward(first, evidence));
            first = next;
        }
    }

}
