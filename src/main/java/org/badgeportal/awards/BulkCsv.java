package org.badgeportal.awards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a bulk award upload: CSV (RFC 4180: comma separated, fields may be quoted with {@code "}, a quote
 * inside a quoted field is doubled, quoted fields may span lines) with the columns recipient, narrative,
 * evidence, expiry. The header line is optional; with one, the columns may come in any order and may be left
 * out (except recipient). Without one, the first line must not start with a column name. Evidence may hold several URLs separated by spaces or {@code |}. A small parser of our
 * own rather than a library: the format is tiny and this keeps line numbers exact for the messages.
 */
public final class BulkCsv {

    public static final List<String> COLUMNS = List.of("recipient", "narrative", "evidence", "expiry");

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
        List<BulkRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Reader reader = new Reader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        int[] columns = null;
        while (reader.hasMore()) {
            int line = reader.line;
            List<String> fields = reader.record(problems);
            if (fields == null) {
                continue;
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;
            }
            if (columns == null) {
                columns = header(fields);
                if (columns != null) {
                    if (columns.length == 0) {
                        problems.add(new Problem(line, Kind.BAD_HEADER));
                        break;
                    }
                    continue;
                }
                columns = new int[] {0, 1, 2, 3};
            }
            if (fields.size() > columns.length) {
                problems.add(new Problem(line, Kind.TOO_MANY_COLUMNS));
                continue;
            }
            if (rows.size() == BulkAwards.MAX_ROWS) {
                problems.add(new Problem(line, Kind.TOO_MANY_ROWS));
                break;
            }
            String[] values = new String[COLUMNS.size()];
            for (int i = 0; i < fields.size(); i++) {
                values[columns[i]] = fields.get(i);
            }
            rows.add(new BulkRow(line, values[0], values[1], evidence(values[2]), values[3]));
        }
        return new Result(rows, problems);
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

    /** Reads one record at a time, counting physical lines (quoted fields may contain line breaks). */
    private static final class Reader {

        private final String text;
        private int pos;
        private int line = 1;

        Reader(String text) {
            this.text = text;
        }

        boolean hasMore() {
            return pos < text.length();
        }

        /** The fields of the next record, or null when it is broken (the problem is added). */
        List<String> record(List<Problem> problems) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean broken = false;
            while (true) {
                if (pos >= text.length()) {
                    fields.add(field.toString());
                    break;
                }
                char c = text.charAt(pos);
                if (c == '"' && field.toString().isBlank()) {
                    field.setLength(0);
                    pos++;
                    if (!quoted(field)) {
                        problems.add(new Problem(startLine, Kind.UNTERMINATED_QUOTE));
                        return null;
                    }
                    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                        pos++;
                    }
                    if (pos < text.length() && text.charAt(pos) != ',' && !lineBreak(text.charAt(pos))) {
                        broken = true;
                        skipToEndOfLine();
                        fields.add(field.toString());
                        break;
                    }
                    continue;
                }
                if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    pos++;
                    continue;
                }
                if (lineBreak(c)) {
                    fields.add(field.toString());
                    consumeLineBreak();
                    break;
                }
                field.append(c);
                pos++;
            }
            if (broken) {
                problems.add(new Problem(startLine, Kind.TEXT_AFTER_QUOTE));
                return null;
            }
            return fields;
        }

        /** Reads a quoted field's content after its opening quote; false when the text ends first. */
        private boolean quoted(StringBuilder field) {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '"') {
                    if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                        field.append('"');
                        pos += 2;
                        continue;
                    }
                    pos++;
                    return true;
                }
                if (lineBreak(c)) {
                    consumeLineBreak();
                    field.append('\n');
                    continue;
                }
                field.append(c);
                pos++;
            }
            return false;
        }

        private static boolean lineBreak(char c) {
            return c == '\n' || c == '\r';
        }

        private void consumeLineBreak() {
            if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos++;
            }
            pos++;
            line++;
        }

        private void skipToEndOfLine() {
            while (pos < text.length() && !lineBreak(text.charAt(pos))) {
                pos++;
            }
            if (pos < text.length()) {
                consumeLineBreak();
            }
        }
    }
}
