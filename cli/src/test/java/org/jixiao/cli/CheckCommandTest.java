package org.jixiao.cli;

import static org.jixiao.cli.CliRun.jixiao;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.export.CsvWriter;
import org.jixiao.index.export.ExportTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code jixiao check} on the 上海 evaluation report, whose text states two subtotals its score table contradicts. */
class CheckCommandTest {

    private static String report;
    private static String clean;


    @BeforeAll
    static void samples() {
        Path corpus = Path.of(System.getProperty("jixiao.corpus"));
        report = corpus.resolve("shanghai-2018-yibao-evaluation.pdf").toString();
        clean = corpus.resolve("xinzhou-2023-targets.pdf").toString();
    }

    @Test
    void printsTheFindingsGroupedByDocument() {
        CliRun run = jixiao("check", report, clean, "--ocr", "never");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("== " + report + "  2 个问题（2 个错误，0 个提示）"), run.out());
        assertTrue(lines.get(1).contains("p.23") && lines.get(1).contains("score_sum")
                && lines.get(1).contains("正文写“得 58.2 分”"), run.out());
        assertTrue(lines.contains("== " + clean + "  未发现问题 (no findings)"), run.out());
        assertEquals("2 个文件：2 个错误，0 个提示", lines.get(lines.size() - 1));
    }

    @Test
    void failOnErrorMakesTheExitCodeNonZero() {
        assertEquals(CheckCommand.FINDINGS_EXIT_CODE, jixiao("check", report, "--ocr", "never", "--fail-on", "error").exitCode());
        assertEquals(0, jixiao("check", clean, "--ocr", "never", "--fail-on", "warning").exitCode());
    }

    @Test
    void aFileThatCannotBeReadMakesTheExitCodeOne() {
        CliRun run = jixiao("check", clean, "no-such-file.pdf", "--ocr", "never");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no-such-file.pdf"), run.err());
        assertTrue(run.out().contains("no-such-file.pdf  (未能读取 not read:"), run.out());
    }

    @Test
    void jsonHasOneObjectPerDocument() throws IOException {
        CliRun run = jixiao("check", report, clean, "--ocr", "never", "--format", "json");
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        JsonNode first = RecordJson.mapper().readTree(lines.get(0));
        assertEquals(report, first.get("file").asText());
        JsonNode finding = first.get("findings").get(0);
        assertEquals("score_sum", finding.get("rule").asText());
        assertEquals(23, finding.get("page").asInt());
        assertEquals("57.7", finding.get("expected").asText());
        assertEquals("58.2", finding.get("found").asText());
        assertTrue(finding.get("labels").size() > 1);
        assertEquals(0, RecordJson.mapper().readTree(lines.get(1)).get("findings").size());
    }

    @Test
    void csvHasOneRowPerFinding() {
        CliRun run = jixiao("check", report, "--ocr", "never", "--format", "csv");
        List<String> rows = run.out().lines().toList();
        assertEquals(CsvWriter.BYTE_ORDER_MARK + "file,page,severity,rule,project,expected,found,labels,message", rows.get(0));
        assertEquals(3, rows.size(), run.out());
        assertTrue(rows.get(1).startsWith(report + ",23,error,score_sum,"), rows.get(1));
    }

    @Test
    void htmlShowsEachFindingWithItsPageAndFigures() {
        CliRun run = jixiao("check", report, "--ocr", "never", "--format", "html");
        assertTrue(run.out().startsWith("<!DOCTYPE html>"));
        String html = run.out();
        assertTrue(html.contains("#page=23\">23</a>"), "the page opens the document there: " + html);
        assertTrue(html.contains("得分合计不符 <small>(score_sum)</small></td><td class=\"count\">2</td>"), "summary by rule: " + html);
        assertTrue(html.contains("C1项目产出"), html);
        assertTrue(html.contains("<input id=\"filter\""), "a filter box: " + html);
        assertTrue(html.indexOf("class=\"summary\"") < html.indexOf("id=\"findings\""), "the summary comes first");
    }

    @Test
    void figuresReadAsPrintedWithTheirUnit() {
        String inTenThousands = Path.of(System.getProperty("jixiao.corpus")).resolve("planted-target-2022-wanyuan.pdf").toString();
        CliRun check = jixiao("check", inTenThousands, "--ocr", "never");
        assertTrue(check.out().contains("市级财政资金(项目投资总额) 300.00万元，而“项目投资总额”为 310.00万元"), check.out());
        CliRun extract = jixiao("extract", inTenThousands, "--ocr", "never", "--format", "table");
        assertTrue(extract.out().contains("310.00万元  项目投资总额 (p.1)"), extract.out());
        CliRun json = jixiao("extract", inTenThousands, "--ocr", "never");
        assertTrue(json.out().contains("\"amount_yuan\":\"3100000.00\",\"page\":1,\"printed_unit\":\"万元\""), json.out());
    }

    @Test
    void aFolderIsWalkedAndWhatIsNoDocumentInItIsNamedAndSkipped(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path inner = java.nio.file.Files.createDirectories(folder.resolve("2018"));
        java.nio.file.Files.copy(Path.of(report), inner.resolve("report.pdf"));
        java.nio.file.Files.writeString(folder.resolve("notes.txt"), "not a document");
        CliRun run = jixiao("check", folder.toString(), "--ocr", "never");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("== " + inner.resolve("report.pdf") + "  2 个问题"), run.out());
        assertTrue(run.err().contains("跳过，不是文档 (skipped, not a document): " + folder.resolve("notes.txt")), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        CliRun extract = jixiao("extract", folder.toString(), "--ocr", "never");
        assertEquals(1, extract.out().lines().count(), "one record, of the one document: " + extract.out());
    }

    @Test
    void gradeBandsOfAProvince() {
        String planted = Path.of(System.getProperty("jixiao.corpus")).resolve("planted-selfeval-2022.pdf").toString();
        assertTrue(jixiao("check", planted, "--ocr", "never").out().contains("grade_mismatch"));
        CliRun province = jixiao("check", planted, "--ocr", "never", "--grade-bands", "优=85,良=75,中=60,差=0");
        assertEquals(0, province.exitCode(), province.err());
        assertFalse(province.out().contains("grade_mismatch"), province.out());
        CliRun malformed = jixiao("check", planted, "--grade-bands", "优:85");
        assertEquals(2, malformed.exitCode());
        assertTrue(malformed.err().contains("--grade-bands: not grade=score: 优:85"), malformed.err());
    }

    @Test
    void htmlEscapesWhatDocumentsPrint() {
        Finding hostile = new Finding("sum_mismatch", Finding.Severity.ERROR, "<script>alert('x')</script> & \"q\"",
                "1", "2", 3, List.of("<b>label</b>"), null);
        String html = FindingsReport.html(List.of(CheckedDocument.checked("a<b>.pdf", List.of(hostile))), java.util.Map.of());
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"), html);
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() {
        Finding finding = new Finding("sum_mismatch", Finding.Severity.WARNING, "a, \"b\"", null, null, null, List.of(), null);
        ExportTable table = FindingsReport.exportTable(List.of(CheckedDocument.checked("x.pdf", List.of(finding))));
        assertEquals("x.pdf,,warning,sum_mismatch,,,,,\"a, \"\"b\"\"\"", CsvWriter.line(table.rows().get(0)));
    }

    @Test
    void failOnThresholds() {
        Finding warning = new Finding("target_sanity", Finding.Severity.WARNING, "m", null, null, 1, List.of(), null);
        List<CheckedDocument> warned = List.of(CheckedDocument.checked("x.pdf", List.of(warning)));
        assertEquals(0, CheckCommand.exitCode(warned, CheckCommand.FailOn.error));
        assertEquals(CheckCommand.FINDINGS_EXIT_CODE, CheckCommand.exitCode(warned, CheckCommand.FailOn.warning));
        assertEquals(0, CheckCommand.exitCode(warned, CheckCommand.FailOn.never));
    }
}
