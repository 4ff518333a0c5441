package org.jixiao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.form.DepartmentTwins;
import org.jixiao.extract.form.FundingTableReader;
import org.jixiao.extract.form.IndicatorTableReader;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.form.OwnLevelFunding;
import org.jixiao.extract.outline.DocumentOutline;
import org.jixiao.extract.outline.OutlineReader;
import org.jixiao.extract.form.ProjectAssembler;
import org.jixiao.extract.form.ProjectStatementReader;
import org.jixiao.extract.form.ReportText;
import org.jixiao.extract.form.StatedAmountReader;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.layout.LayoutAnalyzer;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Region;
import org.jixiao.extract.model.Source;
import org.jixiao.extract.region.RegionResolver;
import org.jixiao.ingest.SourceDocument;

/**
 * The default {@link RecordExtractor} for performance documents: rebuilds the layout, reads the
 * document's outline (type, fields, roles, project segments), reads every table for money and
 * indicators, and files the facts into the outline's projects. Stateless and thread-safe.
 */
public final class PerformanceExtractor implements RecordExtractor {

    /** How many text lines above a table are read as its caption (单位：元). */
    private static final int CAPTION_LINES = 3;

    private final LayoutAnalyzer layoutAnalyzer;
    private final RegionResolver regions;
    private final IndicatorTableReader indicatorReader;
    private final FundingTableReader fundingReader;
    private final OutlineReader outlineReader;
    private final OwnLevelFunding ownLevel;
    private final LabelClassifier labels;
    private final ProjectStatementReader statementReader = new ProjectStatementReader();

    public PerformanceExtractor(LayoutAnalyzer layoutAnalyzer, LabelClassifier labels, RegionResolver regions) {
        this.layoutAnalyzer = layoutAnalyzer;
        this.regions = regions;
        this.indicatorReader = new IndicatorTableReader(labels);
        this.fundingReader = new FundingTableReader(labels);
        this.outlineReader = new OutlineReader(labels);
        this.ownLevel = new OwnLevelFunding(labels);
        this.labels = labels;
    }

    public PerformanceExtractor() {
        this(new LayoutAnalyzer(), LabelClassifier.standard(), RegionResolver.standard());
    }

    @Override
    public Extraction extract(SourceDocument document) {
        DocumentLayout layout = layoutAnalyzer.analyze(document.pages());
        DocumentOutline outline = outlineReader.read(layout);
        DocType docType = outline.docType();
        ReportText report = new ReportText(layout.lines());

        ProjectAssembler assembler = new ProjectAssembler(outline);
        List<Finding> readingWarnings = new ArrayList<>();
        List<Block> blocks = layout.blocks();
        for (int index = 0; index < blocks.size(); index++) {
            if (blocks.get(index) instanceof Block.TableBlock tableBlock) {
                Table table = tableBlock.table();
                IndicatorTableReader.Reading indicators = indicatorReader.read(table, index);
                if (indicators.coveredRows().isEmpty()) {
                    indicatorReader.unrecognisedHeader(table).map(PerformanceExtractor::unrecognised).ifPresent(readingWarnings::add);
                }
                assembler.addIndicators(indicators);
                assembler.addFunding(fundingReader.read(table, index, caption(blocks, index), indicators.coveredRows()));
            }
        }
        assembler.addStatedAmounts(StatedAmountReader.read(layout, labels));
        if (docType == DocType.EVALUATION_REPORT || docType == DocType.SELF_EVALUATION) {
            assembler.addStatedResult(report.totalScore().orElse(null), report.grade().orElse(null));
        }
        if (docType == DocType.BUDGET_DISCLOSURE) {
            assembler.addStatements(statementReader.read(layout.lines(), report.issuingBody().orElse(null)));
        }
        List<ProjectRecord> read = document.ocrPages().isEmpty() ? assembler.projects()
                : assembler.projects().stream().map(this::placesRespelled).toList();
        List<ProjectRecord> projects = DepartmentTwins.agreed(read, regions).stream()
                .map(project -> ownLevel.resolve(project, regions.resolve(project.department()))).toList();
        Source source = new Source(document.path().getFileName().toString(), document.sha256(),
                document.pageCount(), document.ocrPages());
        DocumentRecord record = new DocumentRecord(source, docType, region(projects, outline.titleLines()),
                outline.fiscalYear(), projects, readingWarnings);
        return new Extraction(record, layout);
    }

    /** A project read off a scan, with the place names of its department and unit spelled as the gazetteer spells them. */
    private ProjectRecord placesRespelled(ProjectRecord project) {
        String department = regions.respelled(project.department());
        String unit = regions.respelled(project.implementingUnit());
        if (Objects.equals(department, project.department()) && Objects.equals(unit, project.implementingUnit())) {
            return project;
        }
        return project.withOrganisations(department, unit);
    }

    /** The warning that names a header no label variant reads, so that a bureau can add it with --labels. */
    private static Finding unrecognised(IndicatorTableReader.UnrecognisedHeader header) {
        String printed = String.join(" | ", header.cells());
        return RuleId.UNRECOGNISED_HEADER.finding("表头未识别，像是指标表但未读出指标 (unrecognised header): " + printed
                + "；可用 --labels 补充此表头的写法", null, printed, header.page(), header.cells(), null);
    }

    /** The text lines just above a table on its page, one per line: where a unit line such as 单位：元 stands. */
    private static String caption(List<Block> blocks, int tableIndex) {
        List<String> lines = new ArrayList<>();
        int page = blocks.get(tableIndex).page();
        for (int i = tableIndex - 1; i >= 0 && lines.size() < CAPTION_LINES; i--) {
            if (!(blocks.get(i) instanceof Block.LineBlock line) || line.page() != page) {
                break;
            }
            lines.add(0, line.line().text());
        }
        return String.join("\n", lines);
    }

    private Region region(List<ProjectRecord> projects, List<TextLine> titles) {
        List<String> texts = new ArrayList<>();
        for (ProjectRecord project : projects) {
            texts.add(project.department());
            texts.add(project.implementingUnit());
        }
        titles.forEach(line -> texts.add(line.text()));
        return regions.resolve(texts.toArray(String[]::new));
    }
}
