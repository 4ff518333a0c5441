package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's wiring; the server itself is tested in the web module. */
class ServeCommandTest {

    @Test
    void helpNamesTheOptions() {
        CliRun run = CliRun.jixiao("serve", "--help");
        assertEquals(0, run.exitCode());
        for (String option : new String[] {"--data", "--port", "--bind", "--allow-import", "127.0.0.1", "8080"}) {
            assertTrue(run.out().contains(option), option + " in\n" + run.out());
        }
    }

    @Test
    void aReadOnlyServerNeedsAnIndex(@TempDir Path empty) {
        CliRun run = CliRun.jixiao("serve", "--data", empty.toString(), "--port", "0");
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("没有索引 (no index)") && run.err().contains(empty.toString()), run.err());
    }
}
