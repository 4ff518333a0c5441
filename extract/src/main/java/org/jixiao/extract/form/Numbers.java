package org.jixiao.extract.form;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.model.MoneyUnit;

/**
 * Figures as printed in forms: {@code 1,000,000}, {@code 23157700.00}, {@code 2,032.38},
 * {@code 99.81%}, {@code 18,000.00万元}. Text is NFKC-normalised already, so full-width digits and
 * signs are ASCII. Exact: every figure is a {@link BigDecimal}.
 */
public final class Numbers {

    private static final BigDecimal CENT_HALF = new BigDecimal("0.005");
    /** 万元 with two decimals: the coarsest precision money figures are printed with, as a power of ten in 元. */
    private static final int COARSEST_PLACE = 2;

    private static final Pattern UNIT_STATEMENT =
            Pattern.compile("(?:^|[(（\\s])(?:金额|资金|计量|货币)?单位[:：]?(万元|元)|^[(（](万元|元)[)）]$", Pattern.MULTILINE);

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern PLACEHOLDER = Pattern.compile("[-—–/]+|无");
    private static final Pattern FIGURE = Pattern.compile("^(-?)((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(万元|元|%)?$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern INLINE_SPACE = Pattern.compile("[ \\t\\u3000]+");
    private static final Pattern YUAN_LABEL = Pattern.compile(".*(\\(元\\)|单位:元|\\(单位:元|元\\)).*");

    private Numbers() {
    }

    /** The unit a figure or its label states. */
    public enum Unit { YUAN, TEN_THOUSAND_YUAN, PERCENT, NONE }

    /** A parsed figure and the unit printed with it. */
    public record Figure(BigDecimal value, Unit unit) {
    }

    /** Parses a cell that holds one figure and nothing else; empty for text, dates, codes and dashes. */
    public static Optional<Figure> figure(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = withoutWhitespace(text);
        if (!startsLikeFigure(compact)) {
            // most cells are words: turned away before the pattern, which a table's every cell meets many times
            return Optional.empty();
        }
        Matcher matcher = FIGURE.matcher(compact);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(2).replace(",", "");
        BigDecimal value = new BigDecimal(matcher.group(1) + digits);
        Unit unit = matcher.group(3) == null ? Unit.NONE
                : switch (matcher.group(3)) {
                    case "万元" -> Unit.TEN_THOUSAND_YUAN;
                    case "元" -> Unit.YUAN;
                    default -> Unit.PERCENT;
                };
        return Optional.of(new Figure(value, unit));
    }

    /** The text without the whitespace {@code \s} matches; the text itself, unsearched by a pattern, where it has none. */
    private static String withoutWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return WHITESPACE.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    /** Whether text may match {@link #FIGURE}: it starts with an ASCII digit or a minus and a digit. */
    private static boolean startsLikeFigure(String compact) {
        int first = compact.startsWith("-") ? 1 : 0;
        return compact.length() > first && compact.charAt(first) >= '0' && compact.charAt(first) <= '9';
    }

    /** A cell that says "nothing here": a dash, a slash, 无. */
    public static boolean isPlaceholder(String text) {
        return text != null && PLACEHOLDER.matcher(text.strip()).matches();
    }

    /** The money unit printed, for the record to show figures as printed; null for none. */
    public static MoneyUnit printedUnit(Unit unit) {
        return switch (unit) {
            case YUAN -> MoneyUnit.YUAN;
            case TEN_THOUSAND_YUAN -> MoneyUnit.TEN_THOUSAND_YUAN;
            case PERCENT, NONE -> null;
        };
    }

    /** An amount in 元, converted from 万元 where the figure or its context says so. */
    public static BigDecimal toYuan(BigDecimal amount, Unit unit) {
        return unit == Unit.TEN_THOUSAND_YUAN ? amount.multiply(TEN_THOUSAND) : amount;
    }

    /** The money unit a label or caption states: {@code 项目资金(万元)}, {@code 单位:元}. */
    /**
     * The money unit a line or cell states for a whole table ({@code 单位：万元}, {@code 金额单位:元},
     * a bare {@code （万元）}); NONE for anything else, such as a sentence that mentions 万元.
     */
    public static Unit unitStatement(String text) {
        if (text == null) {
            return Unit.NONE;
        }
        Matcher matcher = UNIT_STATEMENT.matcher(INLINE_SPACE.matcher(text).replaceAll(""));
        if (!matcher.find()) {
            return Unit.NONE;
        }
        String unit = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        return unit.equals("万元") ? Unit.TEN_THOUSAND_YUAN : Unit.YUAN;
    }

    public static Unit unitOf(String label) {
        if (label == null) {
            return Unit.NONE;
        }
        String compact = WHITESPACE.matcher(label).replaceAll("");
        if (compact.contains("万元")) {
            return Unit.TEN_THOUSAND_YUAN;
        }
        if (YUAN_LABEL.matcher(compact).matches()) {
            return Unit.YUAN;
        }
        if (compact.contains("%")) {
            return Unit.PERCENT;
        }
        return Unit.NONE;
    }

    /**
     * Half the place an amount in 元 may have been rounded to when printed in 万元, judged by its trailing
     * zeros: 1,234,500.00 may be 123.45 万元 (±50 元), 1,234,567.00 was printed to the 元 at least.
     * Money is printed to 0.01 万元 at the coarsest.
     */
    public static BigDecimal roundingTolerance(BigDecimal yuan) {
        if (yuan.signum() == 0) {
            return CENT_HALF;
        }
        int place = Math.min(COARSEST_PLACE, Math.max(-2, -yuan.stripTrailingZeros().scale()));
        return new BigDecimal("0.5").movePointRight(place);
    }
}
