package org.jixiao.extract.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.MoneyUnit;

/**
 * Numbers as documents print them: reading {@code 4,547,507.00} or {@code 99.81%},
 * the rounding a printed precision implies, and the formats findings show.
 */
public final class Printed {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?");
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Printed() {
    }

    /** The text is one number and nothing else but a unit sign ({@code 58.2}, {@code 99.81%}). */
    public static Optional<BigDecimal> plainNumber(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip().replace("%", "").replace("分", "").strip();
        Matcher m = NUMBER.matcher(trimmed);
        return m.matches() ? Optional.of(new BigDecimal(trimmed.replace(",", ""))) : Optional.empty();
    }

    /**
     * Half a unit of the last printed place: {@code 99.81} stands for [99.805, 99.815), so 0.005;
     * {@code 100} for [99.5, 100.5).
     */
    public static BigDecimal halfUnit(BigDecimal printed) {
        return HALF.movePointLeft(Math.max(printed.scale(), 0));
    }

    /** A value rounded the way the document printed its counterpart, so the two read alike. */
    public static BigDecimal roundedLike(BigDecimal value, BigDecimal printed) {
        return value.setScale(Math.max(printed.scale(), 0), RoundingMode.HALF_UP);
    }

    /** 元 with thousands separators and two decimals: {@code 4,547,507.00}. */
    public static String yuan(BigDecimal yuan) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(yuan);
    }

    /**
     * An amount as its page prints it, with the unit: {@code 356.80万元} for 3,568,000 元 on a page in 万元,
     * {@code 3,568,000.00元} on a page in 元; without a unit where the page states none. Two decimals at
     * least, more where the amount has them, so nothing is rounded away.
     */
    public static String money(BigDecimal yuan, MoneyUnit unit) {
        if (unit == null) {
            return yuan(yuan);
        }
        BigDecimal printed = unit.fromYuan(yuan);
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(Math.max(2, printed.stripTrailingZeros().scale()));
        return format.format(printed) + unit.printed();
    }

    /** A project's money figure as its page prints it; in 元, the unit it was read in, where the page states none. */
    public static String money(Funding funding) {
        return money(funding.amountYuan(), funding.printedUnit() == null ? MoneyUnit.YUAN : funding.printedUnit());
    }

    /** A money figure as its page prints it ({@link #money(BigDecimal, MoneyUnit)}). */
    public static String money(Figure figure) {
        return money(figure.value(), figure.unit());
    }

    /** A decimal without trailing zeros or exponent: {@code 57.7}, {@code 100}. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
