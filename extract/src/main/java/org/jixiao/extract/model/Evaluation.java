package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The score and grade a document gives a project, as printed.
 *
 * @param page          the page of the score table's result rows, null where only the text states the result
 * @param lowConfidence names of the fields whose text OCR read with low confidence ({@code total_score}), as
 *                      {@link Indicator#lowConfidence()}
 */
public record Evaluation(String totalScore, String grade, @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
                         @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> lowConfidence) {

    /** The field name the total score is marked by. */
    public static final String TOTAL_SCORE = "total_score";

    public Evaluation {
        lowConfidence = lowConfidence == null ? List.of() : List.copyOf(lowConfidence);
    }

    public Evaluation(String totalScore, String grade, Integer page) {
        this(totalScore, grade, page, List.of());
    }

    public Evaluation(String totalScore, String grade) {
        this(totalScore, grade, null);
    }

    /** Whether the total score was read reliably: not marked low-confidence by OCR. */
    @JsonIgnore
    public boolean isTotalScoreReliable() {
        return !lowConfidence.contains(TOTAL_SCORE);
    }
}
