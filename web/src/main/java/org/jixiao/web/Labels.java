package org.jixiao.web;

import java.util.Map;
import java.util.Objects;

/** The Chinese names the interface shows for codes of the index and the record contract. */
final class Labels {

    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("province", "省份"), Map.entry("city", "城市"), Map.entry("county", "县区"), Map.entry("fiscal_year", "年度"),
            Map.entry("department", "部门"), Map.entry("doc_type", "文档类型"), Map.entry("level1", "一级指标"),
            Map.entry("level2", "二级指标"));

    static final Map<String, String> DOC_TYPES = Map.of(
            "target_declaration", "绩效目标申报表", "self_evaluation", "绩效自评报告",
            "evaluation_report", "第三方评价报告", "budget_disclosure", "部门预算公开", "unknown", "未识别");

    /** The rules of README's table, in its order. */
    static final Map<String, String> RULES = orderedRules();

    static final Map<String, String> SEVERITIES = Map.of("error", "错误", "warning", "警告");

    private Labels() {
    }

    private static Map<String, String> orderedRules() {
        java.util.LinkedHashMap<String, String> rules = new java.util.LinkedHashMap<>();
        rules.put("execution_rate", "执行率不符");
        rules.put("sum_mismatch", "合计不符");
        rules.put("score_sum", "得分合计不符");
        rules.put("score_formula", "得分公式不符");
        rules.put("balance", "结余不符");
        rules.put("conflicting_figure", "前后数字矛盾");
        rules.put("grade_mismatch", "等级与得分不符");
        rules.put("score_exceeds_weight", "得分超过分值");
        rules.put("indicator_score", "指标评分存疑");
        rules.put("unit_mismatch", "单位不一致");
        rules.put("target_exceeded", "目标明显偏低");
        rules.put("missing_indicator_class", "缺少指标类别");
        rules.put("target_sanity", "目标设置存疑");
        rules.put("missing_field", "缺少必填项");
        rules.put("unit_plausibility", "金额单位可疑");
        return java.util.Collections.unmodifiableMap(rules);
    }

    static String field(String code) {
        return FIELDS.getOrDefault(code, code);
    }

    /** How a facet value reads: doc types by name, the rest as stored. */
    static String value(String field, String value) {
        return "doc_type".equals(field) ? docType(value) : value;
    }

    static String docType(String code) {
        return code == null ? "" : DOC_TYPES.getOrDefault(code, code);
    }

    static String rule(String code) {
        return code == null ? "" : RULES.getOrDefault(code, code);
    }

    static String severity(String code) {
        return code == null ? "" : SEVERITIES.getOrDefault(code, code);
    }

    static String orDash(Object value) {
        return Objects.toString(value, "–");
    }
}
