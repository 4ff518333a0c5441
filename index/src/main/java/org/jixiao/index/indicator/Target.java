package org.jixiao.index.indicator;

import java.math.BigDecimal;

/**
 * A target value read as sign, number and unit ({@code ≥95%} → ≥, 95, %). A target written in words
 * ({@code 健全}, {@code 等保三级}) has no number: {@link #isQuantitative()} is false and sign is
 * {@link Sign#UNSTATED}.
 *
 * @param text  the target as printed
 * @param value the number, or null for a target in words
 * @param unit  the unit as printed after the number (NFKC-normalised, {@code %}, {@code 万元}, {@code 台(套)}), "" when none
 */
public record Target(String text, Sign sign, BigDecimal value, String unit) {

    public static Target qualitative(String text) {
        return new Target(text, Sign.UNSTATED, null, "");
    }

    public boolean isQuantitative() {
        return value != null;
    }

    /** The normalised form, {@code ≥95%}; the text itself for a target in words. */
    public String normalized() {
        return isQuantitative() ? sign.symbol() + value.toPlainString() + unit : text;
    }
}
