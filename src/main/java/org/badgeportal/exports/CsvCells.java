package org.badgeportal.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV (Commons CSV quotes commas, quotes and line breaks; CRLF between records; UTF-8) whose cells
 * cannot run as spreadsheet formulas: a cell starting with {@code = + - @}, a tab or a carriage return gets a
 * leading {@code '} (OWASP's advice against CSV injection).
 */
final class CsvCells implements AutoCloseable {

    private final CSVPrinter printer;

    private CsvCells(CSVPrinter printer) {
        this.printer = printer;
    }

    static CsvCells open(OutputStream out, String... header) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            return new CsvCells(new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(Object... cells) {
        Object[] safe = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = cells[i] == null ? "" : defuse(cells[i].toString());
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String defuse(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
            ? "'" + cell : cell;
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
