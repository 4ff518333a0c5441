package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A consistency finding: a figure that does not hold, with the arithmetic that shows it.
 *
 * @param rule     the rule's name ({@code execution_rate}, {@code sum_mismatch} …)
 * @param message  Chinese, showing the arithmetic
 * @param page     1-based page of the figure at fault, or null
 * @param labels   the labels of the figures involved, so a reviewer can find them on the page
 * @param project  name of the project concerned, or null for the document as a whole
 */
@JsonPropertyOrder({"rule", "severity", "message", "expected", "found", "page", "labels", "project"})
public record Finding(String rule, Severity severity, String message, String expected, String found, Integer page,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> labels,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String project) {

    public Finding {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    /** How sure the finding is that something is wrong. */
    public enum Severity {
        /** Arithmetic that does not hold. */
        ERROR,
        /** Suspicious, but possibly legitimate. */
        WARNING;

        @JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
