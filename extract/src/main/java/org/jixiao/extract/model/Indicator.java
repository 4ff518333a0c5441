package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One indicator row. Levels are the names as printed (whitespace removed, codes such as {@code B11}
 * kept); a level the row or table lacks is null. Values are as printed.
 *
 * @param lowConfidence names of the fields whose text OCR read with low confidence (empty otherwise)
 */
@JsonPropertyOrder({"level1", "level2", "level3", "level4", "target", "actual", "weight", "score", "period", "page"})
public record Indicator(String level1, String level2, String level3, String level4, String target, String actual,
                        String weight, String score, Period period, Integer page,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) java.util.List<String> lowConfidence) {

    public Indicator {
        lowConfidence = lowConfidence == null ? java.util.List.of() : java.util.List.copyOf(lowConfidence);
    }

    /** Whether a field's value was read reliably: not marked low-confidence by OCR. */
    public boolean isReliable(String field) {
        return !lowConfidence.contains(field);
    }

    /** The most specific level that is named. */
    public String deepestLevel() {
        return level4 != null ? level4 : level3 != null ? level3 : level2 != null ? level2 : level1;
    }

    /** The column a two-period form prints the indicator in. */
    public enum Period {
        /** 实施期目标 */
        IMPLEMENTATION,
        /** 年度目标 */
        ANNUAL;

        @JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
