package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of performance document. */
public enum DocType {
    /** 绩效目标申报表 */
    TARGET_DECLARATION("target_declaration"),
    /** 绩效自评（价）报告 */
    SELF_EVALUATION("self_evaluation"),
    /** 第三方绩效评价报告 */
    EVALUATION_REPORT("evaluation_report"),
    /** 部门预算 / 单位预算 disclosures: not a performance document, but common in the same archives. */
    BUDGET_DISCLOSURE("budget_disclosure"),
    UNKNOWN("unknown");

    private final String code;

    DocType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static DocType fromCode(String code) {
        for (DocType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown doc_type: " + code);
    }
}
