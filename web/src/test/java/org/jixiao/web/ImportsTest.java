package org.jixiao.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.index.bulk.IngestSettings;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.jixiao.ingest.AutoDetectLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports queued one at a time, and resumed after a shutdown cut them short. */
class ImportsTest {

    @TempDir
    Path dir;

    private static void awaitEnd(Imports.Job job) throws InterruptedException {
        for (int i = 0; i < 600 && (job.state == Imports.State.QUEUED || job.state == Imports.State.RUNNING); i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void importsRunInTheOrderAskedAndFoldersAreRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("archive"));
        Path sample = ServedArchive.sample("planted-target-2022-wanyuan.pdf");
        Files.copy(sample, folder.resolve(sample.getFileName()));
        try (LuceneRecordStore store = LuceneRecordStore.open(dir.resolve("index"), IndicatorSynonyms.defaults());
             Imports imports = new Imports(store, ServedArchive.READER, IngestSettings.defaults(), dir.resolve("uploads"))) {
            Imports.Job first = imports.folder(folder);
            Imports.Job second = imports.upload(List.of(new Imports.Upload("../../a.pdf",
                    Files.newInputStream(ServedArchive.sample("planted-evaluation-2022.pdf")))));
            awaitEnd(second);
            assertEquals(Imports.State.DONE, first.state);
            assertEquals(Imports.State.DONE, second.state);
            assertTrue(first.endNanos <= second.startNanos, "one import at a time, in order");
            assertEquals(1, (Integer) first.status().get("stored"));
            assertTrue(Files.exists(dir.resolve("uploads").resolve(second.id).resolve("a.pdf")), "saved under its own name only");
            assertTrue(store.document(AutoDetectLoader.sha256(sample)).isPresent());
            assertEquals(List.of(second, first), imports.jobs(), "newest first");
        }
    }

    @Test
    void anImportCutShortResumesAtTheNextStart() throws Exception {
        Path uploads = dir.resolve("uploads");
        Path pending = Files.createDirectories(uploads.resolve("20260101-000000-001"));
        Path sample = ServedArchive.sample("planted-selfeval-2022.pdf");
        Files.copy(sample, pending.resolve("report.pdf"));
        Files.createFile(pending.resolve(".pending")); // as a shutdown mid-import leaves it
        try (LuceneRecordStore store = LuceneRecordStore.open(dir.resolve("index"), IndicatorSynonyms.defaults());
             Imports imports = new Imports(store, ServedArchive.READER, IngestSettings.defaults(), uploads)) {
            imports.resumePending();
            Imports.Job job = imports.jobs().get(0);
            awaitEnd(job);
            assertEquals(Imports.State.DONE, job.state, String.valueOf(job.error));
            assertTrue(store.document(AutoDetectLoader.sha256(sample)).isPresent());
            assertFalse(Files.exists(pending.resolve(".pending")), "done: not resumed again");
            assertEquals(pending.resolve("report.pdf").toAbsolutePath().normalize(),
                    store.sourceFile(AutoDetectLoader.sha256(sample)).orElseThrow());
        }
    }
}
