package org.jixiao.extract.model;

/** The score and grade a document gives a project, as printed. */
public record Evaluation(String totalScore, String grade) {
}
