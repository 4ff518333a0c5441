package org.jixiao.extract.check;

import java.util.List;
import java.util.Locale;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Finding.Severity;

/** The rules a finding can name: the contract's seven arithmetic rules, its warnings, and jixiao's own. */
public enum RuleId {
    /** A stated rate is not the quotient of the figures it is defined on. */
    EXECUTION_RATE(Severity.ERROR),
    /** Parts do not add up to their stated total. */
    SUM_MISMATCH(Severity.ERROR),
    /** Indicator scores or points do not add up to the stated subtotal or total. */
    SCORE_SUM(Severity.ERROR),
    /** A score differs from the scoring rule the document states. */
    SCORE_FORMULA(Severity.ERROR),
    /** 结余 ≠ 到位 − 支出, or 调整后预算 ≠ 年初预算 − 调整金额. */
    BALANCE(Severity.ERROR),
    /** The same quantity is stated twice with different values. */
    CONFLICTING_FIGURE(Severity.ERROR),
    /** The stated grade does not match the stated total under the grading bands. */
    GRADE_MISMATCH(Severity.ERROR),
    /** An indicator scores more than its points (得分 > 分值). */
    SCORE_EXCEEDS_WEIGHT(Severity.ERROR),
    /** A self-evaluation score that its own scoring rule contradicts. */
    INDICATOR_SCORE(Severity.WARNING),
    /** An actual value far above its target: the target may have been set too low. */
    TARGET_EXCEEDED(Severity.WARNING),
    /** A target and its actual value printed in different units. */
    UNIT_MISMATCH(Severity.WARNING),
    /** A target declaration without any 产出, 效益 or 满意度 indicator. */
    MISSING_INDICATOR_CLASS(Severity.WARNING),
    /** A target that cannot be right as printed. */
    TARGET_SANITY(Severity.WARNING),
    /** A required form field left empty. */
    MISSING_FIELD(Severity.WARNING),
    /** Amounts 10,000 times what the document's own statements say: the declared unit (万元/元) is wrong. */
    UNIT_PLAUSIBILITY(Severity.WARNING),
    /** A table that looks like an indicator table under a header no label variant reads (add it with --labels). */
    UNRECOGNISED_HEADER(Severity.WARNING);

    private final Severity severity;

    RuleId(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The name findings carry: {@code execution_rate}, {@code sum_mismatch} … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * A finding of this rule.
     *
     * @param labels  the labels of the figures involved, as printed
     * @param project the project's name, or null for the document as a whole
     */
    public Finding finding(String message, String expected, String found, Integer page, List<String> labels,
                           String project) {
        return new Finding(code(), severity, message, expected, found, page, labels, project);
    }
}
