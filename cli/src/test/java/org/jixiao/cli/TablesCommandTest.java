package org.jixiao.cli;

import static org.jixiao.cli.CliRun.jixiao;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code jixiao tables --page N}: the rows printed on page N, also of a table that started on an earlier page. */
class TablesCommandTest {

    @Test
    void aPageListsTheRowsOfATableContinuedFromTheOneBefore() {
        // the county declaration's indicator table starts on page 1 and runs over page 2
        String sample = Path.of(System.getProperty("jixiao.corpus")).resolve("luanchuan-2024-jiaoyu-targets.pdf").toString();
        CliRun all = jixiao("tables", sample);
        assertEquals(0, all.exitCode(), all.err());
        assertTrue(all.out().contains("p1  +-- table"), all.out());
        assertTrue(all.out().lines().anyMatch(line -> line.startsWith("p2  |")), "the table runs over page 2: " + all.out());

        CliRun page = jixiao("tables", sample, "--page", "2");
        assertEquals(0, page.exitCode(), page.err());
        List<String> rows = page.out().lines().filter(line -> line.matches("p\\d+  \\|.*")).toList();
        assertFalse(rows.isEmpty(), page.out());
        assertTrue(rows.stream().allMatch(line -> line.startsWith("p2  |")), "only page 2's rows: " + rows);
        assertEquals(all.out().lines().filter(line -> line.startsWith("p2  |")).toList(), rows);
    }
}
