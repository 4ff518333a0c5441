package org.jixiao.index;

import static org.jixiao.index.IndexFields.*;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.RecordJson;
import org.jixiao.index.IndexFields.RecordType;
import org.jixiao.index.indicator.Target;
import org.jixiao.index.indicator.TargetParser;

/**
 * One document's record as index entries, whatever the store: the document entry, then its projects,
 * indicators and findings, each a list of field values ({@link IndexFields}). Each store turns an entry
 * into its own kind of document.
 */
public final class RecordEntries {

    private final DocumentRecord record;
    private final Provenance provenance;
    private final String copyKey;
    private final boolean copy;
    private final List<Entry> entries = new ArrayList<>();

    private RecordEntries(DocumentRecord record, Provenance provenance, String copyKey, boolean copy) {
        this.record = record;
        this.provenance = provenance;
        this.copyKey = copyKey;
        this.copy = copy;
    }

    /**
     * @param copyKey the record's {@link CopyKey}, or null
     * @param copy    whether another stored document says the same and is the one counted
     */
    public static List<Entry> of(DocumentRecord record, Provenance provenance, String copyKey, boolean copy) {
        RecordEntries builder = new RecordEntries(record, provenance, copyKey, copy);
        builder.addDocument();
        for (int i = 0; i < record.projects().size(); i++) {
            builder.addProject(i, record.projects().get(i));
        }
        for (Finding finding : record.findings()) {
            builder.addFinding(finding);
        }
        return builder.entries;
    }

    private void addDocument() {
        Entry document = entry(RecordType.DOCUMENT);
        document.add(PAGES, record.source().pages());
        document.add(OCR_PAGES, record.source().ocrPages().size());
        document.add(RECORD_JSON, RecordJson.toLine(record));
        document.add(READ_WITHOUT_OCR, provenance.withoutOcr() ? "true" : null);
    }

    private void addProject(int index, ProjectRecord project) {
        String projectId = record.source().sha256() + "/" + index;
        Entry entry = projectEntry(RecordType.PROJECT, project, projectId);
        entry.add(IMPLEMENTING_UNIT, project.implementingUnit());
        for (Funding funding : project.funding()) {
            entry.add(amount(funding.kind()), funding.amountYuan());
        }
        for (Rate rate : project.rates()) {
            entry.add(rate(rate.kind()), rate.valuePercent());
        }
        if (project.evaluation() != null) {
            entry.add(TOTAL_SCORE, project.evaluation().totalScore());
            entry.add(GRADE, project.evaluation().grade());
        }
        for (Indicator indicator : project.indicators()) {
            addIndicator(project, projectId, indicator);
        }
    }

    private void addIndicator(ProjectRecord project, String projectId, Indicator indicator) {
        Entry entry = projectEntry(RecordType.INDICATOR, project, projectId);
        String[] levels = {indicator.level1(), indicator.level2(), indicator.level3(), indicator.level4()};
        entry.add(LEVEL1, levels[0]);
        entry.add(LEVEL2, levels[1]);
        entry.add(LEVEL3, levels[2]);
        entry.add(LEVEL4, levels[3]);
        for (String level : levels) {
            entry.add(INDICATOR_PATH, level);
        }
        entry.add(INDICATOR_NAME, indicator.deepestLevel());
        if (indicator.target() != null) {
            Target target = TargetParser.parse(indicator.target());
            entry.add(TARGET, indicator.target());
            if (target.isQuantitative()) {
                entry.add(TARGET_SIGN, target.sign().symbol());
                entry.add(TARGET_VALUE, target.value());
                entry.add(TARGET_UNIT, target.unit());
            }
        }
        if (indicator.actual() != null) {
            entry.add(ACTUAL, indicator.actual());
            entry.add(ACTUAL_VALUE, TargetParser.parse(indicator.actual()).value());
        }
        entry.add(WEIGHT, indicator.weight());
        entry.add(SCORE, indicator.score());
        entry.add(PERIOD, indicator.period() == null ? null : indicator.period().code());
        entry.add(PAGE, indicator.page());
    }

    private void addFinding(Finding finding) {
        ProjectRecord project = finding.project() == null ? null : record.projects().stream()
                .filter(p -> finding.project().equals(p.name())).findFirst().orElse(null);
        Entry entry = entry(RecordType.FINDING);
        entry.add(PROJECT, finding.project());
        entry.add(DEPARTMENT, project == null ? null : project.department());
        entry.add(RULE, finding.rule());
        entry.add(SEVERITY, finding.severity() == null ? null : finding.severity().code());
        entry.add(MESSAGE, finding.message());
        entry.add(EXPECTED, finding.expected());
        entry.add(FOUND, finding.found());
        entry.add(PAGE, finding.page());
    }

    private Entry projectEntry(RecordType type, ProjectRecord project, String projectId) {
        Entry entry = entry(type);
        entry.add(PROJECT_ID, projectId);
        entry.add(PROJECT, project.name());
        entry.add(DEPARTMENT, project.department());
        return entry;
    }

    /** A new entry with the fields every entry of the document carries. */
    private Entry entry(RecordType type) {
        Entry entry = new Entry(new ArrayList<>());
        entry.add(TYPE, type.code());
        entry.add(SHA256, record.source().sha256());
        entry.add(ROW, entries.size());
        entry.add(SOURCE, record.source().path());
        entry.add(PATH, provenance.path());
        entry.add(ABSOLUTE_PATH, provenance.absolutePath());
        entry.add(COPY_KEY, copyKey);
        entry.add(COPY, copy ? "true" : null);
        entry.add(DOC_TYPE, record.docType().code());
        entry.add(PROVINCE, record.region().province());
        entry.add(CITY, record.region().city());
        entry.add(COUNTY, record.region().county());
        entry.add(FISCAL_YEAR, record.fiscalYear());
        entries.add(entry);
        return entry;
    }

    /** The values of one index entry, in the order they were added. */
    public record Entry(List<Value> values) {

        /** Adds a value; a null adds nothing. */
        void add(FieldSpec field, Object value) {
            if (value != null) {
                values.add(new Value(field, value));
            }
        }
    }

    /** A field and its value: an Integer for {@link FieldType#INT}, a BigDecimal or String for a decimal, else a String. */
    public record Value(FieldSpec field, Object value) {
    }
}
