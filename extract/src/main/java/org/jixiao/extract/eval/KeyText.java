package org.jixiao.extract.eval;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jixiao.ingest.TextNormalizer;

/**
 * How values are made comparable before they are matched: NFKC, then every whitespace character
 * removed (the contract's rule), numbers compared by value. NFKC is the loader's: it also folds the
 * look-alike signs (≧ is ≥) and radicals, so a truth written as printed matches the text as read.
 */
final class KeyText {

    /** An indicator code such as {@code C111} or {@code B3.2}, with the separator after it. */
    private static final Pattern LEADING_CODE = Pattern.compile("^[A-Za-z]{1,3}\\d+(?:[.\\-]\\d+)*[.、:)]?");

    /** Stands for a value the record leaves empty, in keys and in what is printed. */
    static final String ABSENT = "∅";

    private KeyText() {
    }

    /** NFKC with whitespace removed; {@link #ABSENT} for null or blank. */
    static String text(String value) {
        if (value == null) {
            return ABSENT;
        }
        String nfkc = TextNormalizer.standard().normalize(value);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.isEmpty() ? ABSENT : out.toString();
    }

    /** An indicator name without its leading code: {@code C11项目完成情况} → {@code 项目完成情况}. */
    static String indicatorName(String level) {
        String name = text(level);
        String withoutCode = LEADING_CODE.matcher(name).replaceFirst("");
        return withoutCode.isEmpty() ? name : withoutCode;
    }

    /** A decimal by value ({@code "3.10"} = {@code "3.1"}); text that is not a number, as {@link #text}. */
    static String number(String value) {
        String text = text(value);
        try {
            return decimal(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** {@code 0.00} and {@code 0} alike; plain notation, never an exponent. */
    static String decimal(BigDecimal value) {
        return value == null ? ABSENT : value.stripTrailingZeros().toPlainString();
    }
}
