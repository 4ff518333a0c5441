package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.export.CsvWriter;
import org.jixiao.index.indicator.IndicatorSynonyms;
import org.jixiao.index.lucene.LuceneRecordStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, compare and findings over an index of the corpus records as the truth files give them. */
class IndexCommandsTest {

    @TempDir
    static Path data;
    static final List<DocumentRecord> records = CorpusTruth.all();
    /** What the index counts: the scans of documents stored as well are their copies. */
    static final List<DocumentRecord> counted = CorpusTruth.counted();

    @BeforeAll
    static void storeTruthRecords() throws IOException {
        try (LuceneRecordStore store = LuceneRecordStore.open(data, IndicatorSynonyms.defaults())) {
            for (DocumentRecord record : records) {
                store.put(record);
            }
            store.commit();
        }
    }

    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JixiaoCli.commandLine(args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void searchPrintsOneJsonObjectPerRowAndNothingElse() throws IOException {
        long expected = counted.stream().filter(r -> "忻州市".equals(r.region().city()))
                .flatMap(r -> r.projects().stream()).flatMap(p -> p.indicators().stream())
                .filter(i -> "满意度指标".equals(i.level1())).count();
        Run run = run("search", "满意度指标", "--city", "忻州市", "--year", "2023", "--department", "医疗保障局",
                "--format", "json", "--limit", "0", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(expected, run.lines().size());
        for (String line : run.lines()) {
            JsonNode row = RecordJson.mapper().readTree(line);
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            assertEquals(SearchCommand.COLUMNS, names);
            assertEquals("忻州市", row.get("city").asText());
            assertEquals("满意度指标", row.get("level1").asText());
        }
    }

    @Test
    void searchTableShowsRowsAndFacetCounts() {
        Run run = run("search", "运行率", "--limit", "2", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("行 (rows)，显示前 2 行"), run.out());
        long xinzhou = run("search", "运行率", "--city", "忻州市", "--format", "json", "--data", data.toString()).lines().size();
        assertTrue(xinzhou > 0);
        assertTrue(run.out().contains("城市: 忻州市 (" + xinzhou + ")"), run.out());
        assertTrue(run.out().contains("一级指标: "), run.out());
    }

    @Test
    void searchCsvHasAHeaderAndARowPerHit() {
        Run run = run("search", "系统正常运行率", "--doc-type", "self_evaluation", "--format", "csv", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(CsvWriter.BYTE_ORDER_MARK + String.join(",", SearchCommand.COLUMNS), run.lines().get(0));
        long selfEvaluations = counted.stream().filter(r -> r.docType() == org.jixiao.extract.model.DocType.SELF_EVALUATION)
                .filter(r -> r.projects().stream().flatMap(p -> p.indicators().stream())
                        .anyMatch(i -> "系统正常运行率".equals(i.deepestLevel())))
                .count(); // the born-digital self-evaluation; its scan is a copy
        assertEquals(1 + selfEvaluations, run.lines().size());
        assertTrue(run.lines().get(1).startsWith("selfeval-2021-yibao-info."), run.lines().get(1));
    }

    @Test
    void compareSummarisesTargetsPerUnit() {
        List<Indicator> matching = counted.stream().flatMap(r -> r.projects().stream()).flatMap(p -> p.indicators().stream())
                .filter(i -> i.deepestLevel().contains("系统正常运行率") || i.deepestLevel().contains("系统可用率")).toList();
        long rows = matching.size();
        Run run = run("compare", "系统正常运行率", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("系统正常运行率：共 " + rows + " 行"), run.out());
        // the corpus sets 90% (忻州) on most rows, 95% (上海) and more elsewhere: the least and the largest of the targets
        List<Integer> percents = matching.stream().map(i -> Integer.parseInt(i.target().replaceAll("[^0-9]", ""))).sorted().toList();
        assertTrue(run.out().matches("(?s).*\\n%\\s+" + rows + "\\s+" + percents.get(0) + "\\s+90\\s+"
                + percents.get(percents.size() - 1) + "\\n.*"), run.out());

        Run csv = run("compare", "系统正常运行率", "--format", "csv", "--data", data.toString());
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals(rows + 1, csv.lines().size()); // rows without a city or year print empty cells
    }

    @Test
    void findingsListsStoredFindings() {
        long expected = counted.stream().mapToLong(r -> r.findings().size()).sum();
        Run run = run("findings", "--format", "json", "--data", data.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(expected, run.lines().size());
        long balance = counted.stream().flatMap(r -> r.findings().stream()).filter(f -> f.rule().equals("balance")).count();
        String listed = run("findings", "--rule", "balance", "--data", data.toString()).out();
        assertTrue(listed.contains("共 " + balance + " 条问题"), listed);
    }

    @Test
    void aDocTypeMayBeGivenInChinese() {
        Run code = run("search", "系统正常运行率", "--doc-type", "self_evaluation", "--format", "csv", "--data", data.toString());
        Run chinese = run("search", "系统正常运行率", "--doc-type", "自评报告", "--format", "csv", "--data", data.toString());
        assertEquals(0, chinese.exitCode(), chinese.err());
        assertEquals(code.out(), chinese.out());
        assertTrue(chinese.lines().size() > 1, chinese.out());
    }
}
