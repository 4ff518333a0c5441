package org.jixiao.index.lucene;

import static org.jixiao.index.IndexFields.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.IndexFields.RecordType;
import org.jixiao.index.Provenance;
import org.jixiao.index.indicator.Target;
import org.jixiao.index.indicator.TargetParser;

/** One document's record as Lucene documents: the document entry, then its projects, indicators and findings. */
final class RecordDocuments {

    private final DocumentRecord record;
    private final Provenance provenance;
    private final String copyKey;
    private final boolean copy;
    private final List<Document> documents = new ArrayList<>();

    private RecordDocuments(DocumentRecord record, Provenance provenance, String copyKey, boolean copy) {
        this.record = record;
        this.provenance = provenance;
        this.copyKey = copyKey;
        this.copy = copy;
    }

    /**
     * @param copyKey the record's {@link org.jixiao.index.CopyKey}, or null
     * @param copy    whether another stored document says the same and is the one counted
     */
    static List<Document> of(DocumentRecord record, Provenance provenance, String copyKey, boolean copy) {
        RecordDocuments builder = new RecordDocuments(record, provenance, copyKey, copy);
        builder.addDocument();
        for (int i = 0; i < record.projects().size(); i++) {
            builder.addProject(i, record.projects().get(i));
        }
        for (Finding finding : record.findings()) {
            builder.addFinding(finding);
        }
        return builder.documents;
    }

    private void addDocument() {
        Document document = entry(RecordType.DOCUMENT);
        LuceneFields.add(document, PAGES, record.source().pages());
        LuceneFields.add(document, OCR_PAGES, record.source().ocrPages().size());
        LuceneFields.add(document, RECORD_JSON, RecordJson.toLine(record));
        LuceneFields.add(document, READ_WITHOUT_OCR, provenance.withoutOcr() ? "true" : null);
    }

    private void addProject(int index, ProjectRecord project) {
        String projectId = record.source().sha256() + "/" + index;
        Document entry = projectEntry(RecordType.PROJECT, project, projectId);
        LuceneFields.add(entry, IMPLEMENTING_UNIT, project.implementingUnit());
        for (Funding funding : project.funding()) {
            LuceneFields.add(entry, amount(funding.kind()), funding.amountYuan());
        }
        for (Rate rate : project.rates()) {
            LuceneFields.add(entry, rate(rate.kind()), rate.valuePercent());
        }
        if (project.evaluation() != null) {
            LuceneFields.add(entry, TOTAL_SCORE, project.evaluation().totalScore());
            LuceneFields.add(entry, GRADE, project.evaluation().grade());
        }
        for (Indicator indicator : project.indicators()) {
            addIndicator(project, projectId, indicator);
        }
    }

    private void addIndicator(ProjectRecord project, String projectId, Indicator indicator) {
        Document entry = projectEntry(RecordType.INDICATOR, project, projectId);
        String[] levels = {indicator.level1(), indicator.level2(), indicator.level3(), indicator.level4()};
        LuceneFields.add(entry, LEVEL1, levels[0]);
        LuceneFields.add(entry, LEVEL2, levels[1]);
        LuceneFields.add(entry, LEVEL3, levels[2]);
        LuceneFields.add(entry, LEVEL4, levels[3]);
        for (String level : levels) {
            LuceneFields.add(entry, INDICATOR_PATH, level);
        }
        LuceneFields.add(entry, INDICATOR_NAME, indicator.deepestLevel());
        if (indicator.target() != null) {
            Target target = TargetParser.parse(indicator.target());
            LuceneFields.add(entry, TARGET, indicator.target());
            if (target.isQuantitative()) {
                LuceneFields.add(entry, TARGET_SIGN, target.sign().symbol());
                LuceneFields.add(entry, TARGET_VALUE, target.value());
                LuceneFields.add(entry, TARGET_UNIT, target.unit());
            }
        }
        if (indicator.actual() != null) {
            LuceneFields.add(entry, ACTUAL, indicator.actual());
            LuceneFields.add(entry, ACTUAL_VALUE, TargetParser.parse(indicator.actual()).value());
        }
        LuceneFields.add(entry, WEIGHT, indicator.weight());
        LuceneFields.add(entry, SCORE, indicator.score());
        LuceneFields.add(entry, PERIOD, indicator.period() == null ? null : indicator.period().code());
        LuceneFields.add(entry, PAGE, indicator.page());
    }

    private void addFinding(Finding finding) {
        ProjectRecord project = finding.project() == null ? null : record.projects().stream()
                .filter(p -> finding.project().equals(p.name())).findFirst().orElse(null);
        Document entry = entry(RecordType.FINDING);
        LuceneFields.add(entry, PROJECT, finding.project());
        LuceneFields.add(entry, DEPARTMENT, project == null ? null : project.department());
        LuceneFields.add(entry, RULE, finding.rule());
        LuceneFields.add(entry, SEVERITY, finding.severity() == null ? null : finding.severity().code());
        LuceneFields.add(entry, MESSAGE, finding.message());
        LuceneFields.add(entry, EXPECTED, finding.expected());
        LuceneFields.add(entry, FOUND, finding.found());
        LuceneFields.add(entry, PAGE, finding.page());
    }

    private Document projectEntry(RecordType type, ProjectRecord project, String projectId) {
        Document entry = entry(type);
        LuceneFields.add(entry, PROJECT_ID, projectId);
        LuceneFields.add(entry, PROJECT, project.name());
        LuceneFields.add(entry, DEPARTMENT, project.department());
        return entry;
    }

    /** A new entry with the fields every entry of the document carries. */
    private Document entry(RecordType type) {
        Document entry = new Document();
        LuceneFields.add(entry, TYPE, type.code());
        LuceneFields.add(entry, SHA256, record.source().sha256());
        LuceneFields.add(entry, ROW, documents.size());
        LuceneFields.add(entry, SOURCE, record.source().path());
        LuceneFields.add(entry, PATH, provenance.path());
        LuceneFields.add(entry, ABSOLUTE_PATH, provenance.absolutePath());
        LuceneFields.add(entry, COPY_KEY, copyKey);
        LuceneFields.add(entry, COPY, copy ? "true" : null);
        LuceneFields.add(entry, DOC_TYPE, record.docType().code());
        LuceneFields.add(entry, PROVINCE, record.region().province());
        LuceneFields.add(entry, CITY, record.region().city());
        LuceneFields.add(entry, COUNTY, record.region().county());
        LuceneFields.add(entry, FISCAL_YEAR, record.fiscalYear());
        documents.add(entry);
        return entry;
    }
}
