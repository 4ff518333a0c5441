package org.jixiao.index.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.Finding.Severity;

/**
 * The Chinese names people read for the codes records carry (rules, document types, severities),
 * and the reading back of what a user types: a code or any of its Chinese names. Codes stay in JSON.
 */
public final class ChineseNames {

    /**
     * Headings of a finding's expected and found figures: amounts there are in 元 (the contract's unit),
     * while its message shows them as the page prints them (356.80万元).
     */
    public static final String EXPECTED = "应为（金额以元计）";
    public static final String FOUND = "实为（金额以元计）";

    private static final Map<RuleId, String> RULES = new LinkedHashMap<>();
    private static final Map<DocType, List<String>> DOC_TYPES = new LinkedHashMap<>();

    static {
        RULES.put(RuleId.EXECUTION_RATE, "执行率不符");
        RULES.put(RuleId.SUM_MISMATCH, "合计不符");
        RULES.put(RuleId.SCORE_SUM, "得分合计不符");
        RULES.put(RuleId.SCORE_FORMULA, "得分与评分规则不符");
        RULES.put(RuleId.BALANCE, "结余不符");
        RULES.put(RuleId.CONFLICTING_FIGURE, "同一数字前后不一");
        RULES.put(RuleId.GRADE_MISMATCH, "等级与得分不符");
        RULES.put(RuleId.SCORE_EXCEEDS_WEIGHT, "得分超过分值");
        RULES.put(RuleId.INDICATOR_SCORE, "指标得分可疑");
        RULES.put(RuleId.TARGET_EXCEEDED, "实际值远超目标");
        RULES.put(RuleId.UNIT_MISMATCH, "目标与实际单位不同");
        RULES.put(RuleId.MISSING_INDICATOR_CLASS, "缺少指标类别");
        RULES.put(RuleId.TARGET_SANITY, "目标值不合理");
        RULES.put(RuleId.MISSING_FIELD, "必填项为空");
        RULES.put(RuleId.UNIT_PLAUSIBILITY, "金额单位可疑");
        RULES.put(RuleId.UNRECOGNISED_HEADER, "表头未识别");
        // the first name is the one shown; the others are accepted when typed
        DOC_TYPES.put(DocType.TARGET_DECLARATION, List.of("绩效目标申报表", "目标申报表", "申报表", "绩效目标"));
        DOC_TYPES.put(DocType.SELF_EVALUATION, List.of("绩效自评报告", "自评报告", "自评", "自评表", "绩效自评"));
        DOC_TYPES.put(DocType.EVALUATION_REPORT, List.of("第三方绩效评价报告", "评价报告", "第三方评价", "绩效评价报告"));
        DOC_TYPES.put(DocType.BUDGET_DISCLOSURE, List.of("预算公开", "部门预算", "单位预算", "预算"));
        DOC_TYPES.put(DocType.UNKNOWN, List.of("未识别"));
    }

    private ChineseNames() {
    }

    /** The Chinese name of a rule code, or the code itself where it names no known rule. */
    public static String rule(String code) {
        return ruleId(code).map(RULES::get).orElse(code);
    }

    /** The rule a user typed: its code ({@code sum_mismatch}) or its Chinese name. */
    public static Optional<RuleId> ruleId(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        for (RuleId id : RuleId.values()) {
            if (id.code().equalsIgnoreCase(text) || RULES.get(id).equals(text)) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Every rule as {@code code（名称）}, for an error message listing the valid values. */
    public static String ruleChoices() {
        StringBuilder out = new StringBuilder();
        RULES.forEach((id, name) -> out.append(out.isEmpty() ? "" : ", ").append(id.code()).append('（').append(name).append('）'));
        return out.toString();
    }

    public static String docType(String code) {
        for (Map.Entry<DocType, List<String>> entry : DOC_TYPES.entrySet()) {
            if (entry.getKey().code().equals(code)) {
                return entry.getValue().get(0);
            }
        }
        return code;
    }

    /** The document type a user typed: its code or one of its Chinese names. */
    public static Optional<DocType> docTypeOf(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        for (Map.Entry<DocType, List<String>> entry : DOC_TYPES.entrySet()) {
            if (entry.getKey().code().equalsIgnoreCase(text) || entry.getValue().contains(text)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** The types a user may ask for, as {@code code（名称）}. */
    public static String docTypeChoices() {
        StringBuilder out = new StringBuilder();
        DOC_TYPES.forEach((type, names) -> {
            if (type != DocType.UNKNOWN) {
                out.append(out.isEmpty() ? "" : ", ").append(type.code()).append('（').append(names.get(0)).append('）');
            }
        });
        return out.toString();
    }

    public static String severity(String code) {
        return severityOf(code).map(s -> s == Severity.ERROR ? "错误" : "提示").orElse(code);
    }

    /** {@code error}/{@code 错误}, {@code warning}/{@code 提示}/{@code 警告}. */
    public static Optional<Severity> severityOf(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "error", "错误" -> Optional.of(Severity.ERROR);
            case "warning", "提示", "警告" -> Optional.of(Severity.WARNING);
            default -> Optional.empty();
        };
    }

    /** A two-period form's column: {@code implementation} 实施期, {@code annual} 年度; "-" for none. */
    public static String period(String code) {
        if (code == null) {
            return "-";
        }
        return switch (code) {
            case "implementation" -> "实施期";
            case "annual" -> "年度";
            default -> code;
        };
    }

    public static String severityChoices() {
        return "error（错误）, warning（提示）";
    }
}
