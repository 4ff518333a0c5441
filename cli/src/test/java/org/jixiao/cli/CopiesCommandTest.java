package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.Provenance;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One document in two files (a scan and its export): compare and search count it once. */
class CopiesCommandTest {

    @TempDir
    Path data;

    private static List<JsonNode> json(CliRun run) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            rows.add(RecordJson.mapper().readTree(line));
        }
        return rows;
    }

    @Test
    void aDuplicateScanIsCountedOnceByCompareAndListedAsACopy() throws IOException {
        DocumentRecord export = CorpusTruth.of("shanghai-2021-targets");
        DocumentRecord scan = CorpusTruth.of("shanghai-2021-targets.scan");
        String indicator = "系统可用率";
        long inExport = export.projects().stream().flatMap(p -> p.indicators().stream())
                .filter(i -> i.deepestLevel().equals(indicator)).count();
        assertTrue(inExport > 0);
        try (LuceneRecordStore store = LuceneRecordStore.open(data, IndicatorSynonyms.defaults())) {
            store.put(scan, new Provenance("扫描件/targets.pdf", null, false));
            store.put(export, new Provenance("电子版/targets.pdf", null, false));
            store.commit();
        }
        List<JsonNode> compared = json(CliRun.jixiao("compare", indicator, "--format", "json", "--data", data.toString()));
        assertEquals(inExport, compared.size());
        assertTrue(compared.stream().allMatch(row -> row.get("path").asText().equals("电子版/targets.pdf")));

        List<JsonNode> found = json(CliRun.jixiao("search", indicator, "--format", "json", "--data", data.toString()));
        assertEquals(inExport, found.size());
        assertTrue(found.stream().allMatch(row -> row.get("copies").asText().equals("扫描件/targets.pdf")), found.toString());
        String table = CliRun.jixiao("search", indicator, "--data", data.toString()).out();
        assertTrue(table.contains("扫描件/targets.pdf"), "the table names the copy: " + table);
    }

    @Test
    void aScanIngestedWithoutOcrIsNotDone(@TempDir Path index) throws IOException {
        Path scan = CorpusTruth.CORPUS.resolve("selfeval-2021-yibao-info.scan.pdf");
        CliRun run = CliRun.jixiao("ingest", scan.toString(), "--ocr", "never", "--data", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (LuceneRecordStore store = LuceneRecordStore.openReadOnly(index, IndicatorSynonyms.defaults())) {
            assertEquals(store.storedHashes(), store.hashesReadWithoutOcr(), "a later ingest with OCR reads it again");
            assertEquals(1, store.storedHashes().size());
        }
    }
}
