package org.badgeportal.awards.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import org.badgeportal.awards.BulkRow;
import org.badgeportal.awards.Recipient;
import org.junit.jupiter.api.Test;

class BulkCsvTest {

    @Test
    void readsRowsWithoutAHeader() {
        BulkCsv.Result result = BulkCsv.parse("ann@example.org,Well done,https://e.org/1,2027-01-31\nbob\n");
        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).containsExactly(
                new BulkRow(1, "ann@example.org", "Well done", List.of("https://e.org/1"), "2027-01-31"),
                new BulkRow(2, "bob", null, List.of(), null));
    }

    @Test
    void aHeaderNamesTheColumnsInAnyOrder() {
        BulkCsv.Result result = BulkCsv.parse("\uFEFFExpiry, Recipient\r\n2027-01-31T10:00:00Z,ann\r\n");
        assertThat(result.rows()).containsExactly(
                new BulkRow(2, "ann", null, List.of(), "2027-01-31T10:00:00Z"));
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        String csv = """
                recipient,narrative,evidence
                ann,"Led the team, ""twice""
                and wrote it up","https://e.org/a https://e.org/b|https://e.org/c"
                bob,plain,
                """;
        BulkCsv.Result result = BulkCsv.parse(csv);
        assertThat(result.ok()).isTrue();
        assertThat(result.rows()).containsExactly(
                new BulkRow(2, "ann", "Led the team, \"twice\"\nand wrote it up",
                        List.of("https://e.org/a", "https://e.org/b", "https://e.org/c"), null),
                new BulkRow(4, "bob", "plain", List.of(), null));
    }

    @Test
    void skipsBlankLines() {
        assertThat(BulkCsv.parse("\n\nann\n\n").rows()).containsExactly(BulkRow.of(3, "ann"));
    }

    @Test
    void reportsBrokenLinesWithTheirNumbers() {
        BulkCsv.Result result = BulkCsv.parse("ann,a,b,c,too many\nbob,\"bad\"quote\ncid\ndan,\"never closed\n");
        assertThat(result.problems()).containsExactly(
                new BulkCsv.Problem(1, BulkCsv.Kind.TOO_MANY_COLUMNS),
                new BulkCsv.Problem(2, BulkCsv.Kind.TEXT_AFTER_QUOTE),
                new BulkCsv.Problem(4, BulkCsv.Kind.UNTERMINATED_QUOTE));
        assertThat(result.rows()).containsExactly(BulkRow.of(3, "cid"));
    }

    @Test
    void refusesAnUnknownHeader() {
        BulkCsv.Result result = BulkCsv.parse("recipient,colour\nann,red\n");
        assertThat(result.problems()).containsExactly(new BulkCsv.Problem(1, BulkCsv.Kind.BAD_HEADER));
        assertThat(result.rows()).isEmpty();
        assertThat(BulkCsv.parse("narrative,expiry\nWell done,2027-01-31\n").problems())
                .containsExactly(new BulkCsv.Problem(1, BulkCsv.Kind.BAD_HEADER));
    }
}
