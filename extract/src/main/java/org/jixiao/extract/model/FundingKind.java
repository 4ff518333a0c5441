package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a money figure is, per the record contract. */
public enum FundingKind {
    /** 项目资金总额 / 实施期资金总额 / 项目投资总额 */
    TOTAL,
    /** 年度资金总额 / 年度资金申请总额 / 本年度计划数 */
    ANNUAL,
    /** 财政资金 */
    FISCAL,
    /** 中央（级）财政资金 */
    CENTRAL,
    /** 省级财政资金 */
    PROVINCIAL,
    /** 市（县、区）级财政资金 */
    MUNICIPAL,
    /** 单位自筹 */
    SELF_RAISED,
    /** 其他资金 */
    OTHER,
    /** 上年结转资金 */
    CARRYOVER,
    /** 预算安排 / 年初预算 / 预算批复 */
    BUDGET,
    /** 调整后预算 */
    ADJUSTED_BUDGET,
    /** 调整金额 / 延期执行金额 */
    ADJUSTMENT,
    /** 项目实际投入 */
    INVESTED,
    /** 资金到位 */
    RECEIVED,
    /** 实际支出 / 执行金额 */
    SPENT,
    /** 资金结余 */
    BALANCE,
    /** a line of a breakdown, where it is filed as funding */
    SUB_ITEM;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
