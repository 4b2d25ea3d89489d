package org.badgeportal.awards.bulk;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.badgeportal.awards.BulkRow;

/**
 * Reads a bulk award upload: CSV (RFC 4180: comma separated, fields may be quoted with {@code "}, a quote
 * inside a quoted field is doubled, quoted fields may span lines) with the columns recipient, narrative,
 * evidence, expiry. The header line is optional; with one, the columns may come in any order and may be left
 * out (except recipient). Without one, the first line must not start with a column name. Evidence may hold
 * several URLs separated by spaces or {@code |}.
 * <p>
 * Records are read by commons-csv. A broken record does not stop the upload: it is reported with the line it
 * starts on, and reading goes on at the line after the one where it broke, so every problem of a file shows at
 * once.
 */
public final class BulkCsv {

    public static final List<String> COLUMNS = List.of("recipient", "narrative", "evidence", "expiry");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private static final Pattern EVIDENCE_SEPARATOR = Pattern.compile("[\\s|]+");

    /** What the upload holds: the rows to award, and problems that stop a row (or the file) from being read. */
    public record Result(List<BulkRow> rows, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** A problem at a line of the upload (1-based). */
    public record Problem(int line, Kind kind) {
    }

    public enum Kind {
        /** A quoted field is never closed. */
        UNTERMINATED_QUOTE,
        /** Text right after the closing quote of a field (a quote inside a field must be doubled). */
        TEXT_AFTER_QUOTE,
        /** More fields than columns. */
        TOO_MANY_COLUMNS,
        /** The header names a column that does not exist, twice, or lacks the recipient column. */
        BAD_HEADER,
        /** More rows than one upload may have. */
        TOO_MANY_ROWS
    }

    private BulkCsv() {
    }

    public static Result parse(String text) {
        Upload upload = new Upload();
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstLine = 1;
        while (firstLine > 0) {
            firstLine = readFrom(csv, firstLine, upload);
        }
        return new Result(upload.rows, upload.problems);
    }

    /**
     * Reads the records from that (1-based) line on. Returns the line to go on from after a broken record, or 0
     * when the text is read or reading has to stop.
     */
    private static int readFrom(String csv, int firstLine, Upload upload) {
        Lines lines = new Lines(csv);
        try (CSVParser parser = FORMAT.parse(new StringReader(csv.substring(lines.start(firstLine))))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = firstLine + (int) parser.getCurrentLineNumber();
                try {
                    if (!records.hasNext()) {
                        return 0;
                    }
                    if (!upload.add(line, records.next().toList())) {
                        return 0;
                    }
                } catch (UncheckedIOException broken) {
                    boolean atEnd = String.valueOf(broken.getMessage()).contains("EOF");
                    upload.problems.add(new Problem(line, atEnd ? Kind.UNTERMINATED_QUOTE : Kind.TEXT_AFTER_QUOTE));
                    // Broken inside a line, where commons-csv counts that line too: go on at the next one.
                    int next = firstLine + (int) parser.getCurrentLineNumber();
                    return atEnd || next > lines.count() ? 0 : next;
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The rows and problems found so far, and the columns once the first line is read. */
    private static final class Upload {

        private final List<BulkRow> rows = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private int[] columns;

        /** Takes the record that starts at that line; false when the upload cannot be read any further. */
        boolean add(int line, List<String> fields) {
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                return true;
            }
            if (columns == null) {
                columns = header(fields);
                if (columns != null) {
                    if (columns.length == 0) {
                        problems.add(new Problem(line, Kind.BAD_HEADER));
                        return false;
                    }
                    return true;
                }
                columns = new int[] {0, 1, 2, 3};
            }
            if (fields.size() > columns.length) {
                problems.add(new Problem(line, Kind.TOO_MANY_COLUMNS));
                return true;
            }
            if (rows.size() == BulkAwards.MAX_ROWS) {
                problems.add(new Problem(line, Kind.TOO_MANY_ROWS));
                return false;
            }
            String[] values = new String[COLUMNS.size()];
            for (int i = 0; i < fields.size(); i++) {
                values[columns[i]] = fields.get(i);
            }
            rows.add(new BulkRow(line, values[0], values[1], evidence(values[2]), values[3]));
            return true;
        }
    }

    /**
     * Column positions from a header line: the first line is a header when its first field is a column name.
     * Null when the line is data, empty when the header is wrong (unknown or repeated name, no recipient).
     */
    private static int[] header(List<String> fields) {
        if (!COLUMNS.contains(fields.get(0).strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (fields.stream().noneMatch(field -> field.strip().equalsIgnoreCase("recipient"))) {
            return new int[0];
        }
        int[] columns = new int[fields.size()];
        boolean[] seen = new boolean[COLUMNS.size()];
        for (int i = 0; i < fields.size(); i++) {
            int column = COLUMNS.indexOf(fields.get(i).strip().toLowerCase(Locale.ROOT));
            if (column < 0 || seen[column]) {
                return new int[0];
            }
            seen[column] = true;
            columns[i] = column;
        }
        return columns;
    }

    static List<String> evidence(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(EVIDENCE_SEPARATOR.split(value.strip())).filter(s -> !s.isEmpty()).toList();
    }

    /** Where each physical line of the text starts, counting line breaks as commons-csv does (CRLF, LF or CR). */
    private static final class Lines {

        private final List<Integer> starts = new ArrayList<>(List.of(0));

        Lines(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (c == '\r' || c == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        int count() {
            return starts.size();
        }

        int start(int line) {
            return starts.get(line - 1);
        }
    }
}
