package org.jixiao.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jixiao.extract.layout.PageBuilder;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.SourceDocument;
import org.junit.jupiter.api.Test;

/** Forms drawn by hand, for what the samples do not show. */
class PerformanceExtractorTest {

    private final PerformanceExtractor extractor = new PerformanceExtractor();

    private static DocumentRecord extract(PerformanceExtractor extractor, Page... pages) {
        return extractor.extract(new SourceDocument(Path.of("form.pdf"), "0".repeat(64), "application/pdf",
                List.of(pages))).record();
    }

    @Test
    void aTitlePrintedInsideTheFormFrameNamesTheDocument() {
        // the whole form is one ruled table whose first row is the title across all columns
        Page page = new PageBuilder(1)
                .horizontals(100, 500, 100, 130, 150, 170, 190)
                .vline(100, 100, 190).vline(500, 100, 190)
                .vline(220, 130, 190)
                .text(150, 108, "2024年度项目支出绩效目标申报表")
                .text(105, 134, "项目名称").text(225, 134, "乡村道路养护")
                .text(105, 154, "主管部门").text(225, 154, "371302-临沂市兰山区交通运输局")
                .text(105, 174, "年度资金总额(万元)").text(225, 174, "88.5")
                .build();
        DocumentRecord record = extract(extractor, page);
        assertEquals(DocType.TARGET_DECLARATION, record.docType());
        assertEquals(2024, record.fiscalYear());
        assertEquals("山东省", record.region().province());
        assertEquals("临沂市", record.region().city());
        assertEquals("兰山区", record.region().county());
        ProjectRecord project = record.projects().get(0);
        assertEquals("乡村道路养护", project.name());
        assertEquals("临沂市兰山区交通运输局", project.department());
        Funding annual = project.funding().get(0);
        assertEquals(FundingKind.ANNUAL, annual.kind());
        assertEquals(0, new java.math.BigDecimal("885000").compareTo(annual.amountYuan()));
    }

    @Test
    void valuesOcrReadWithLowConfidenceAreMarkedAndNotJudged() {
        Page page = new PageBuilder(1).text(100, 60, "项目支出绩效自评表")
                .horizontals(100, 500, 100, 120, 140).verticals(100, 140, 100, 250, 330, 410, 500)
                .text(105, 104, "三级指标").text(255, 104, "目标值").text(335, 104, "业绩值").text(415, 104, "得分")
                .text(105, 124, "系统正常运行率").text(255, 124, "≥95%", 0.93f).text(335, 124, "990", 0.65f)
                .text(415, 124, "5")
                .build();
        Pipeline pipeline = new Pipeline((file, options) -> null, extractor, org.jixiao.extract.check.RuleEngine.standard());
        Extraction extraction = pipeline.process(new SourceDocument(Path.of("scan.pdf"), "0".repeat(64),
                "application/pdf", List.of(page)));
        var indicator = extraction.record().projects().get(0).indicators().get(0);
        assertEquals("990", indicator.actual());
        assertEquals(List.of("actual"), indicator.lowConfidence());
        assertEquals(List.of(), extraction.record().findings().stream()
                .filter(f -> f.rule().equals("target_exceeded")).toList(), "a doubtful reading is no evidence");
    }

    /** A target form whose value column is headed 预期成效, a variant the national labels do not know. */
    private static Page formWithUnknownValueHeader() {
        return new PageBuilder(1).text(100, 60, "项目支出绩效目标表")
                .horizontals(100, 500, 100, 120).verticals(100, 120, 100, 220, 500)
                .text(105, 104, "项目名称").text(225, 104, "社区培训")
                .horizontals(100, 500, 140, 160, 180).verticals(140, 180, 100, 180, 260, 380, 500)
                .text(105, 144, "一级指标").text(185, 144, "二级指标").text(265, 144, "三级指标").text(385, 144, "预期成效")
                .text(105, 164, "产出指标").text(185, 164, "数量指标").text(265, 164, "培训人次").text(385, 164, "≥500人次")
                .build();
    }

    private static Extraction process(Pipeline pipeline, Page page) {
        return pipeline.process(new SourceDocument(Path.of("form.pdf"), "0".repeat(64), "application/pdf", List.of(page)));
    }

    @Test
    void anIndicatorTableUnderAnUnknownHeaderIsReportedNamingTheHeader() {
        Extraction extraction = process(Pipelines.standard(), formWithUnknownValueHeader());
        assertEquals(List.of(), extraction.record().projects().stream().flatMap(p -> p.indicators().stream()).toList());
        List<org.jixiao.extract.model.Finding> warnings = extraction.record().findings().stream()
                .filter(f -> f.rule().equals("unrecognised_header")).toList();
        assertEquals(1, warnings.size(), extraction.record().findings().toString());
        assertEquals("一级指标 | 二级指标 | 三级指标 | 预期成效", warnings.get(0).found());
        assertEquals(org.jixiao.extract.model.Finding.Severity.WARNING, warnings.get(0).severity());
        assertEquals(1, warnings.get(0).page());
    }

    @Test
    void aHeaderReadWithOneSlipStillNamesItsColumns() {
        // a scan drops the lone stroke of 一级指标 and reads a speck after 指标值
        Page page = new PageBuilder(1).text(100, 60, "项目支出绩效目标表")
                .horizontals(100, 500, 100, 120).verticals(100, 120, 100, 220, 500)
                .text(105, 104, "项目名称").text(225, 104, "社区培训")
                .horizontals(100, 500, 140, 160, 180).verticals(140, 180, 100, 180, 260, 380, 500)
                .text(105, 144, "级指标").text(185, 144, "二级指标").text(265, 144, "三级指标").text(385, 144, "指标值.")
                .text(105, 164, "产出指标").text(185, 164, "数量指标").text(265, 164, "培训人次").text(385, 164, "≥500人次")
                .build();
        List<org.jixiao.extract.model.Indicator> indicators = process(Pipelines.standard(), page).record().projects().stream()
                .flatMap(p -> p.indicators().stream()).toList();
        assertEquals(1, indicators.size(), indicators.toString());
        assertEquals("产出指标", indicators.get(0).level1());
        assertEquals("培训人次", indicators.get(0).level3());
        assertEquals("≥500人次", indicators.get(0).target());
    }

    @Test
    void aBudgetTableOfRankedProjectsIsNoIndicatorTable() {
        Page page = new PageBuilder(1).text(100, 60, "项目支出预算表")
                .horizontals(100, 500, 140, 160, 180).verticals(140, 180, 100, 220, 360, 500)
                .text(105, 144, "一级项目").text(225, 144, "二级项目").text(365, 144, "预算金额")
                .text(105, 164, "社区管理").text(225, 164, "社区服务").text(365, 164, "120.00")
                .build();
        assertEquals(List.of(), process(Pipelines.standard(), page).record().findings().stream()
                .filter(f -> f.rule().equals("unrecognised_header")).toList());
    }

    @Test
    void theVariantAddedThroughALabelsFileIsReadAndNoLongerReported(@org.junit.jupiter.api.io.TempDir Path directory)
            throws java.io.IOException {
        String national;
        try (var in = org.jixiao.extract.form.LabelConfig.class.getResourceAsStream("labels.tsv")) {
            national = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path labels = directory.resolve("labels.tsv");
        java.nio.file.Files.writeString(labels, national.replaceFirst("(?m)^(indicator\ttarget\t.*)$", "$1|预期成效"));
        Extraction extraction = process(Pipelines.withLabels(org.jixiao.extract.form.LabelConfig.load(labels)),
                formWithUnknownValueHeader());
        assertEquals(List.of(), extraction.record().findings().stream().filter(f -> f.rule().equals("unrecognised_header")).toList());
        var indicators = extraction.record().projects().stream().flatMap(p -> p.indicators().stream()).toList();
        assertEquals(1, indicators.size());
        assertEquals("培训人次", indicators.get(0).level3());
        assertEquals("≥500人次", indicators.get(0).target());
    }

    @Test
    void formsOfSeveralProjectsSplitAtEachProjectName() {
        Page first = new PageBuilder(1).text(100, 60, "项目支出绩效目标表")
                .horizontals(100, 500, 100, 120, 140).verticals(100, 140, 100, 220, 500)
                .text(105, 104, "项目名称").text(225, 104, "甲项目").text(105, 124, "项目资金总额").text(225, 124, "100")
                .build();
        Page second = new PageBuilder(2).text(100, 60, "项目支出绩效目标表")
                .horizontals(100, 500, 100, 120, 140).verticals(100, 140, 100, 220, 500)
                .text(105, 104, "项目名称").text(225, 104, "乙项目").text(105, 124, "项目资金总额").text(225, 124, "200")
                .build();
        List<ProjectRecord> projects = extract(extractor, first, second).projects();
        assertEquals(List.of("甲项目", "乙项目"), projects.stream().map(ProjectRecord::name).toList());
        assertEquals("200.00", org.jixiao.extract.model.Money.format(projects.get(1).funding().get(0).amountYuan()));
        assertEquals(1, projects.get(1).funding().size());
    }
}
