package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everyday mistakes: one line on stderr saying what is wrong, a documented exit code, never a stack trace. */
class ErrorHandlingTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void storeOneDocument() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(data, IndicatorSynonyms.defaults())) {
            store.put(CorpusTruth.of("xinzhou-2023-targets"));
            store.commit();
        }
    }

    /** The run failed with this exit code, saying so in one line that names {@code mentioned}, without a trace. */
    private static CliRun failsWith(int exitCode, String mentioned, String... args) {
        CliRun run = CliRun.jixiao(args);
        assertEquals(exitCode, run.exitCode(), run.out() + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertTrue(run.err().contains(mentioned), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        return run;
    }

    @Test
    void readOnlyCommandsOnAMissingIndexSaySoAndCreateNothing(@TempDir Path elsewhere) {
        Path none = elsewhere.resolve("jixiao-data");
        failsWith(ExitCode.INDEX_UNAVAILABLE, "没有索引", "search", "运行率", "--data", none.toString());
        failsWith(ExitCode.INDEX_UNAVAILABLE, "jixiao ingest", "findings", "--data", none.toString());
        failsWith(ExitCode.INDEX_UNAVAILABLE, none.toAbsolutePath().toString(), "compare", "运行率", "--data", none.toString());
        failsWith(ExitCode.INDEX_UNAVAILABLE, "没有索引", "remove", "0".repeat(64), "--data", none.toString());
        assertFalse(Files.exists(none), "a read-only command created the index folder");
        // an existing folder without an index is left as it was
        failsWith(ExitCode.INDEX_UNAVAILABLE, "没有索引", "search", "--data", elsewhere.toString());
        assertFalse(Files.exists(elsewhere.resolve("write.lock")));
    }

    @Test
    void unknownValuesAreRefusedWithTheValidOnes() {
        String dir = data.toString();
        failsWith(ExitCode.USAGE, "sum_mismatch（合计不符）", "findings", "--rule", "bogus_rule", "--data", dir);
        failsWith(ExitCode.USAGE, "error（错误）, warning（提示）", "findings", "--severity", "fatal", "--data", dir);
        CliRun docType = failsWith(ExitCode.USAGE, "自评", "search", "--doc-type", "自评表格", "--data", dir);
        assertTrue(docType.err().contains("budget_disclosure"), docType.err());
        failsWith(ExitCode.USAGE, "--limit", "search", "运行率", "--limit", "-1", "--data", dir);
        failsWith(ExitCode.USAGE, "--limit", "findings", "--limit", "-1", "--data", dir);
        failsWith(ExitCode.USAGE, "--format", "search", "--format", "pdf", "--data", dir);
    }

    @Test
    void chineseRuleAndSeverityNamesAreUnderstood() {
        CliRun byCode = CliRun.jixiao("findings", "--rule", "sum_mismatch", "--severity", "error", "--data", data.toString());
        CliRun byName = CliRun.jixiao("findings", "--rule", "合计不符", "--severity", "错误", "--data", data.toString());
        assertEquals(0, byName.exitCode(), byName.err());
        assertEquals(byCode.out(), byName.out());
    }

    @Test
    void aPageBeyondTheDocumentIsRefusedWithTheValidRange() {
        Path sample = CorpusTruth.CORPUS.resolve("xinzhou-2023-targets.pdf");
        int pages = CorpusTruth.of("xinzhou-2023-targets").source().pages();
        failsWith(ExitCode.USAGE, "1–" + pages, "tables", sample.toString(), "--page", "99");
        failsWith(ExitCode.USAGE, "--page", "tables", sample.toString(), "--page", "0");
    }

    @Test
    void nothingToWorkOnIsAnError(@TempDir Path empty, @TempDir Path index) throws IOException {
        failsWith(ExitCode.USAGE, "nothing to read", "ingest", empty.toString(), "--data", index.toString());
        CliRun missing = CliRun.jixiao("ingest", empty.resolve("missing.pdf").toString(), "--data", index.toString());
        assertEquals(ExitCode.FILES_FAILED, missing.exitCode());
        assertTrue(missing.out().contains("  " + empty.resolve("missing.pdf") + ": "), missing.out());
        failsWith(ExitCode.USAGE, "no samples", "eval", empty.toString());
        Files.writeString(empty.resolve("notes.txt"), "not a document");
        failsWith(ExitCode.USAGE, "no samples", "eval", empty.toString());
        CliRun ingest = CliRun.jixiao("ingest", empty.toString(), "--data", index.toString());
        assertEquals(ExitCode.USAGE, ingest.exitCode(), ingest.err());
        assertTrue(ingest.out().contains(empty.resolve("notes.txt").toString()), "the skipped file is named: " + ingest.out());
        assertFalse(ingest.err().contains("Exception"), ingest.err());
    }

    @Test
    void aLockedIndexSaysAnImportIsRunningAndRemoveWaitsForIt(@TempDir Path index) throws Exception {
        DocumentRecord record = CorpusTruth.of("suzhou-2021-zhihuiyibao-target");
        try (LuceneRecordStore store = LuceneRecordStore.open(index, IndicatorSynonyms.defaults())) {
            store.put(record);
            store.commit();
        }
        LuceneRecordStore importing = LuceneRecordStore.open(index, IndicatorSynonyms.defaults());
        try {
            Path sample = CorpusTruth.CORPUS.resolve("suzhou-2021-zhihuiyibao-target.pdf");
            failsWith(ExitCode.INDEX_UNAVAILABLE, "started", "ingest", sample.toString(), "--data", index.toString());
            CliRun search = CliRun.jixiao("search", "--data", index.toString());
            assertEquals(0, search.exitCode(), "searching goes on during an import: " + search.err());
            CliRun impatient = CliRun.jixiao("remove", record.source().sha256(), "--wait", "1", "--data", index.toString());
            assertEquals(ExitCode.INDEX_UNAVAILABLE, impatient.exitCode(), impatient.err());
            assertFalse(impatient.err().contains("Exception"), impatient.err());

            CompletableFuture<CliRun> remove = CompletableFuture.supplyAsync(() ->
                    CliRun.jixiao("remove", record.source().sha256(), "--data", index.toString()));
            Thread.sleep(1500);
            assertFalse(remove.isDone(), "remove waits while the import runs");
            importing.close();
            CliRun removed = remove.get(30, TimeUnit.SECONDS);
            assertEquals(0, removed.exitCode(), removed.err());
            assertTrue(removed.err().contains("waiting"), removed.err());
            assertTrue(removed.out().contains("已删除 1 个文件"), removed.out());
        } finally {
            importing.close();
        }
    }

    @Test
    void debugPrintsTheTrace(@TempDir Path elsewhere) {
        CliRun run = CliRun.jixiao("search", "--debug", "--data", elsewhere.resolve("none").toString());
        assertEquals(ExitCode.INDEX_UNAVAILABLE, run.exitCode());
        assertTrue(run.err().contains("IndexUnavailableException"), run.err());
    }

    @Test
    void helpPrintsNoPicocliWarningAndListsTheExitCodes() {
        for (String command : new String[] {"search", "compare", "findings", "check", "ingest", "remove", "tables", "eval", "extract"}) {
            CliRun help = CliRun.jixiao(command, "--help");
            assertEquals(0, help.exitCode());
            assertEquals("", help.err(), command);
            assertTrue(help.out().contains("退出码 (exit codes)"), help.out());
        }
    }
}
