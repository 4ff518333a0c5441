package org.jixiao.extract.check.text;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points and a score a document states for a group of indicators or for the whole, outside the
 * indicator rows: a heading such as {@code C1 项目产出（24 分，得 21.5 分）}, or a row of a summary table
 * ({@code A 项目决策 | 10 | 10}, {@code 总分 | 100 | 89.7}).
 *
 * @param label  the group as printed, normalised ({@code C1项目产出}, {@code 总分})
 * @param points the stated 分值, or null
 * @param score  the stated 得分, or null
 * @param quote  the words as printed, for the finding's message
 */
public record StatedScore(String label, BigDecimal points, BigDecimal score, int page, String quote, Origin origin) {

    private static final Pattern CODE = Pattern.compile("^([A-Z]\\d{0,3})(?=\\p{IsHan})");
    private static final Pattern TOTAL = Pattern.compile("^(总分|总计|合计|总得分|综合得分|得分合计)$");

    /** Where the statement was read. */
    public enum Origin {
        /** The running text. */
        TEXT("正文"),
        /** A table row outside the indicator rows. */
        TABLE("表中");

        private final String word;

        Origin(String word) {
            this.word = word;
        }

        /** How a finding's message names the place: 正文 / 表中. */
        public String word() {
            return word;
        }
    }

    /** The indicator code the label starts with ({@code C1} of {@code C1项目产出}), or null. */
    public String code() {
        return codeOf(label);
    }

    /** The label names the whole (总分, 合计) rather than a group. */
    public boolean isTotal() {
        return TOTAL.matcher(label).matches();
    }

    /** The leading indicator code of a normalised name, or null. */
    public static String codeOf(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = CODE.matcher(name);
        return m.find() ? m.group(1) : null;
    }
}
