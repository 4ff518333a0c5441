package org.jixiao.index;

import java.util.List;
import java.util.Locale;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.Rate;

/**
 * The index schema, defined once: every store writes and reads these fields, and a schema generator
 * (Solr's managed schema) can be derived from {@link #ALL}.
 *
 * <p>Each input document becomes one {@link RecordType#DOCUMENT} entry plus one entry per project,
 * indicator and finding. Every entry carries the document's {@link #SHA256} (replace and delete act on
 * it) and the fields it inherits — region, year, doc type, and for the entries below a project its
 * department and name — so a filter or a facet needs no join.
 */
public final class IndexFields {

    /** What an index entry is. */
    public enum RecordType {
        DOCUMENT, PROJECT, INDICATOR, FINDING;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    // identity and links
    public static final FieldSpec TYPE = FieldSpec.keyword("type");
    public static final FieldSpec SHA256 = FieldSpec.keyword("sha256");
    public static final FieldSpec PROJECT_ID = FieldSpec.keyword("project_id");
    /** Order of the entry within its document: keeps rows in printed order among equal scores. */
    public static final FieldSpec ROW = FieldSpec.of("row", FieldType.INT);

    // inherited from the document
    public static final FieldSpec SOURCE = FieldSpec.keyword("source");
    /** Relative to the folder given to the ingest: tells apart files of one name in different folders. */
    public static final FieldSpec PATH = FieldSpec.keyword("path");
    public static final FieldSpec ABSOLUTE_PATH = FieldSpec.of("absolute_path", FieldType.STORED);
    /** {@link CopyKey}: documents that say the same thing share it. */
    public static final FieldSpec COPY_KEY = FieldSpec.keyword("copy_key");
    /** {@code true} on every entry of a document that is a copy of another: not counted again. */
    public static final FieldSpec COPY = FieldSpec.keyword("copy");
    /** {@code true} on the document entry of one read with OCR off: an ingest that OCRs reads it again. */
    public static final FieldSpec READ_WITHOUT_OCR = FieldSpec.keyword("read_without_ocr");
    public static final FieldSpec DOC_TYPE = FieldSpec.keyword("doc_type").counted();
    public static final FieldSpec PROVINCE = FieldSpec.keyword("province").counted().byName();
    public static final FieldSpec CITY = FieldSpec.keyword("city").counted().byName();
    public static final FieldSpec COUNTY = FieldSpec.keyword("county").byName();
    public static final FieldSpec FISCAL_YEAR = FieldSpec.of("fiscal_year", FieldType.INT).counted();

    // the document entry
    public static final FieldSpec PAGES = FieldSpec.of("pages", FieldType.INT);
    public static final FieldSpec OCR_PAGES = FieldSpec.of("ocr_pages", FieldType.INT);
    /** The absolute path of the file the document was read from, where the ingest knew it. */
    /** The whole record as contract JSON, so a store can give it back unchanged. */
    public static final FieldSpec RECORD_JSON = FieldSpec.of("record_json", FieldType.STORED);

    // inherited from the project
    public static final FieldSpec DEPARTMENT = FieldSpec.keyword("department").counted().byName();
    public static final FieldSpec PROJECT = FieldSpec.keyword("project").byName();

    // the project entry
    public static final FieldSpec IMPLEMENTING_UNIT = FieldSpec.keyword("implementing_unit").byName();
    /** Money by kind, in 元: {@code amount_annual}, {@code amount_fiscal} … */
    public static final FieldSpec AMOUNT = FieldSpec.of("amount_*", FieldType.DECIMAL);
    /** Stated ratios by kind, in percent: {@code rate_execution_rate} … */
    public static final FieldSpec RATE = FieldSpec.of("rate_*", FieldType.DECIMAL);
    public static final FieldSpec TOTAL_SCORE = FieldSpec.of("total_score", FieldType.DECIMAL);
    public static final FieldSpec GRADE = FieldSpec.keyword("grade");

    // the indicator entry
    public static final FieldSpec LEVEL1 = FieldSpec.keyword("level1").counted().byName();
    public static final FieldSpec LEVEL2 = FieldSpec.keyword("level2").counted().byName();
    public static final FieldSpec LEVEL3 = FieldSpec.keyword("level3");
    public static final FieldSpec LEVEL4 = FieldSpec.keyword("level4");
    /** The most specific level named: what {@code compare} matches. */
    public static final FieldSpec INDICATOR_NAME = FieldSpec.keyword("indicator_name").byName();
    /** Every level's name, one value each: what a search matches. */
    public static final FieldSpec INDICATOR_PATH = FieldSpec.text("indicator_path");
    public static final FieldSpec TARGET = FieldSpec.keyword("target");
    public static final FieldSpec TARGET_SIGN = FieldSpec.keyword("target_sign");
    public static final FieldSpec TARGET_VALUE = FieldSpec.of("target_value", FieldType.DECIMAL);
    public static final FieldSpec TARGET_UNIT = FieldSpec.keyword("target_unit");
    public static final FieldSpec ACTUAL = FieldSpec.keyword("actual");
    public static final FieldSpec ACTUAL_VALUE = FieldSpec.of("actual_value", FieldType.DECIMAL);
    public static final FieldSpec WEIGHT = FieldSpec.of("weight", FieldType.DECIMAL);
    public static final FieldSpec SCORE = FieldSpec.of("score", FieldType.DECIMAL);
    public static final FieldSpec PERIOD = FieldSpec.keyword("period");
    public static final FieldSpec PAGE = FieldSpec.of("page", FieldType.INT);

    // the finding entry
    public static final FieldSpec RULE = FieldSpec.keyword("rule").counted();
    public static final FieldSpec SEVERITY = FieldSpec.keyword("severity").counted();
    public static final FieldSpec MESSAGE = FieldSpec.text("message").keptForDisplay();
    public static final FieldSpec EXPECTED = FieldSpec.keyword("expected");
    public static final FieldSpec FOUND = FieldSpec.keyword("found");

    public static final List<FieldSpec> ALL = List.of(TYPE, SHA256, PROJECT_ID, ROW, SOURCE, PATH, ABSOLUTE_PATH, COPY_KEY, COPY, READ_WITHOUT_OCR, DOC_TYPE, PROVINCE, CITY,
            COUNTY, FISCAL_YEAR, PAGES, OCR_PAGES, RECORD_JSON, DEPARTMENT, PROJECT, IMPLEMENTING_UNIT, AMOUNT, RATE,
            TOTAL_SCORE, GRADE, LEVEL1, LEVEL2, LEVEL3, LEVEL4, INDICATOR_NAME, INDICATOR_PATH, TARGET, TARGET_SIGN,
            TARGET_VALUE, TARGET_UNIT, ACTUAL, ACTUAL_VALUE, WEIGHT, SCORE, PERIOD, PAGE, RULE, SEVERITY, MESSAGE,
            EXPECTED, FOUND);

    /** The fields a search counts, in the order a table shows them. */
    public static final List<FieldSpec> SEARCH_FACETS = List.of(PROVINCE, CITY, FISCAL_YEAR, DEPARTMENT, DOC_TYPE,
            LEVEL1, LEVEL2);

    private IndexFields() {
    }

    public static FieldSpec amount(FundingKind kind) {
        return AMOUNT.member(kind.code());
    }

    public static FieldSpec rate(Rate.Kind kind) {
        return RATE.member(kind.code());
    }
}
