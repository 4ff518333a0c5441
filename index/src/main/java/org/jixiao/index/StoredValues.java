package org.jixiao.index;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.index.indicator.Sign;
import org.jixiao.index.indicator.Target;

/**
 * The stored values of one index entry, however a store keeps them; what a hit, a finding or a
 * comparison row shows is read from them the same way by every store.
 */
public interface StoredValues {

    /** The fields an indicator hit shows, so a store need not read the rest of an entry. */
    List<FieldSpec> HIT_FIELDS = List.of(IndexFields.SOURCE, IndexFields.SHA256, IndexFields.PATH, IndexFields.COPY_KEY,
            IndexFields.PROVINCE, IndexFields.CITY, IndexFields.FISCAL_YEAR, IndexFields.DEPARTMENT, IndexFields.PROJECT,
            IndexFields.LEVEL1, IndexFields.LEVEL2, IndexFields.LEVEL3, IndexFields.LEVEL4, IndexFields.TARGET,
            IndexFields.ACTUAL, IndexFields.WEIGHT, IndexFields.SCORE, IndexFields.PERIOD, IndexFields.PAGE);

    /** The fields a finding shows. */
    List<FieldSpec> FINDING_FIELDS = List.of(IndexFields.SOURCE, IndexFields.SHA256, IndexFields.PATH,
            IndexFields.ABSOLUTE_PATH, IndexFields.PROVINCE, IndexFields.CITY, IndexFields.FISCAL_YEAR,
            IndexFields.DEPARTMENT, IndexFields.PROJECT, IndexFields.RULE, IndexFields.SEVERITY, IndexFields.MESSAGE,
            IndexFields.EXPECTED, IndexFields.FOUND, IndexFields.PAGE);

    /** The fields a comparison row shows. */
    List<FieldSpec> COMPARISON_FIELDS = List.of(IndexFields.SOURCE, IndexFields.PATH, IndexFields.PAGE,
            IndexFields.PROVINCE, IndexFields.CITY, IndexFields.FISCAL_YEAR, IndexFields.DEPARTMENT, IndexFields.PROJECT,
            IndexFields.INDICATOR_NAME, IndexFields.PERIOD, IndexFields.TARGET, IndexFields.TARGET_SIGN,
            IndexFields.TARGET_VALUE, IndexFields.TARGET_UNIT);

    /** The value as stored, or null. */
    String string(FieldSpec field);

    /** A {@link FieldType#INT} value, or null. */
    Integer integer(FieldSpec field);

    /** The document's path; its file name in an index written before paths were kept. */
    default String path() {
        String path = string(IndexFields.PATH);
        return path == null ? string(IndexFields.SOURCE) : path;
    }

    default IndicatorHit indicatorHit(float relevance, List<String> copies) {
        return new IndicatorHit(string(IndexFields.SOURCE), string(IndexFields.SHA256), path(),
                string(IndexFields.PROVINCE), string(IndexFields.CITY), integer(IndexFields.FISCAL_YEAR),
                string(IndexFields.DEPARTMENT), string(IndexFields.PROJECT), string(IndexFields.LEVEL1),
                string(IndexFields.LEVEL2), string(IndexFields.LEVEL3), string(IndexFields.LEVEL4),
                string(IndexFields.TARGET), string(IndexFields.ACTUAL), string(IndexFields.WEIGHT),
                string(IndexFields.SCORE), string(IndexFields.PERIOD), integer(IndexFields.PAGE), relevance, copies);
    }

    default StoredFinding finding() {
        return new StoredFinding(string(IndexFields.SOURCE), string(IndexFields.SHA256), path(),
                string(IndexFields.PROVINCE), string(IndexFields.CITY), integer(IndexFields.FISCAL_YEAR),
                string(IndexFields.DEPARTMENT), string(IndexFields.PROJECT), string(IndexFields.RULE),
                string(IndexFields.SEVERITY), string(IndexFields.MESSAGE), string(IndexFields.EXPECTED),
                string(IndexFields.FOUND), integer(IndexFields.PAGE));
    }

    default TargetComparison.Row comparisonRow() {
        return new TargetComparison.Row(string(IndexFields.SOURCE), path(), integer(IndexFields.PAGE),
                string(IndexFields.PROVINCE), string(IndexFields.CITY), integer(IndexFields.FISCAL_YEAR),
                string(IndexFields.DEPARTMENT), string(IndexFields.PROJECT), string(IndexFields.INDICATOR_NAME),
                string(IndexFields.PERIOD), target());
    }

    /** The target as parsed when stored. */
    private Target target() {
        String text = string(IndexFields.TARGET);
        String value = string(IndexFields.TARGET_VALUE);
        if (value == null) {
            return Target.qualitative(text == null ? "" : text);
        }
        return new Target(text, Sign.fromSymbol(string(IndexFields.TARGET_SIGN)), new BigDecimal(value),
                string(IndexFields.TARGET_UNIT));
    }
}
