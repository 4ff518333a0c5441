package org.jixiao.index.indicator;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a printed target into {@link Target}: sign (as a symbol or in words, before or after the
 * number), number and unit. Anything else — words, ranges, dates with several numbers — is kept as
 * a target in words rather than guessed at.
 */
public final class TargetParser {

    /** Sign wording before the number, longest first so {@code >=} wins over {@code >}. */
    private static final List<Map.Entry<String, Sign>> PREFIXES = List.of(
            Map.entry("大于或等于", Sign.GE), Map.entry("小于或等于", Sign.LE),
            Map.entry("大于等于", Sign.GE), Map.entry("小于等于", Sign.LE),
            Map.entry("不低于", Sign.GE), Map.entry("不少于", Sign.GE), Map.entry("不小于", Sign.GE),
            Map.entry("不超过", Sign.LE), Map.entry("不高于", Sign.LE), Map.entry("不多于", Sign.LE),
            Map.entry("不大于", Sign.LE), Map.entry("控制在", Sign.LE),
            Map.entry("至少", Sign.GE), Map.entry("达到", Sign.GE),
            Map.entry("大于", Sign.GT), Map.entry("高于", Sign.GT), Map.entry("超过", Sign.GT),
            Map.entry("小于", Sign.LT), Map.entry("低于", Sign.LT), Map.entry("等于", Sign.EQ),
            Map.entry(">=", Sign.GE), Map.entry("<=", Sign.LE), Map.entry("==", Sign.EQ),
            Map.entry("≥", Sign.GE), Map.entry("≧", Sign.GE), Map.entry("⩾", Sign.GE),
            Map.entry("≤", Sign.LE), Map.entry("≦", Sign.LE), Map.entry("⩽", Sign.LE),
            Map.entry(">", Sign.GT), Map.entry("<", Sign.LT), Map.entry("=", Sign.EQ));

    /** Sign wording after the unit: {@code 15%及其以下}, {@code 5个工作日以内}. */
    private static final List<Map.Entry<String, Sign>> SUFFIXES = List.of(
            Map.entry("及其以下", Sign.LE), Map.entry("及其以上", Sign.GE),
            Map.entry("及以下", Sign.LE), Map.entry("及以上", Sign.GE),
            Map.entry("以下", Sign.LE), Map.entry("以上", Sign.GE),
            Map.entry("以内", Sign.LE), Map.entry("之内", Sign.LE));

    private static final Pattern NUMBER = Pattern.compile("^(\\d[\\d,]*(?:\\.\\d+)?)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Longer remainders are wording, not a unit ({@code 2023年12月底前完成} is not "2023 年…"). */
    private static final int MAX_UNIT_LENGTH = 8;

    private TargetParser() {
    }

    public static Target parse(String printed) {
        if (printed == null || printed.isBlank()) {
            return Target.qualitative(printed == null ? "" : printed);
        }
        String text = Normalizer.normalize(printed, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Sign sign = Sign.UNSTATED;
        for (Map.Entry<String, Sign> prefix : PREFIXES) {
            if (text.startsWith(prefix.getKey())) {
                sign = prefix.getValue();
                text = text.substring(prefix.getKey().length());
                break;
            }
        }
        Matcher number = NUMBER.matcher(text);
        if (!number.find()) {
            return Target.qualitative(printed);
        }
        String unit = text.substring(number.end());
        for (Map.Entry<String, Sign> suffix : SUFFIXES) {
            if (unit.endsWith(suffix.getKey())) {
                unit = unit.substring(0, unit.length() - suffix.getKey().length());
                if (sign == Sign.UNSTATED) {
                    sign = suffix.getValue();
                }
                break;
            }
        }
        if (unit.length() > MAX_UNIT_LENGTH || DIGIT.matcher(unit).find()) {
            return Target.qualitative(printed);
        }
        BigDecimal value = new BigDecimal(number.group(1).replace(",", ""));
        return new Target(printed, sign, value, unit);
    }
}
