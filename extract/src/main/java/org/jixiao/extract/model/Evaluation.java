package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The score and grade a document gives a project, as printed.
 *
 * @param page the page of the score table's result rows, null where only the text states the result
 */
public record Evaluation(String totalScore, String grade, @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {

    public Evaluation(String totalScore, String grade) {
        this(totalScore, grade, null);
    }
}
