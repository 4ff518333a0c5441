package org.jixiao.extract.check;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.check.text.PageText;

/**
 * A quantitative target or actual value as printed — {@code ≥95%}, {@code ≤3 小时}, {@code 不低于90%},
 * {@code 15%及其以下}, {@code 大于 90} — read into a sign, a number and a unit. Qualitative values
 * ({@code 通过}, {@code 效果明显}) read as nothing.
 *
 * @param sign the comparison the target sets; {@link Sign#NONE} where none is printed
 * @param unit what follows the number ({@code %}, {@code 小时}, {@code 万元}), "" where nothing does
 */
public record Target(Sign sign, BigDecimal value, String unit) {

    /** The comparison a target sets. */
    public enum Sign {
        AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, EQUAL, NONE;

        /** Whether the target is a floor (≥, >): met by reaching it. */
        public boolean isFloor() {
            return this == AT_LEAST || this == MORE_THAN;
        }

        /** Whether the target is a ceiling (≤, <): met by staying under it. */
        public boolean isCeiling() {
            return this == AT_MOST || this == LESS_THAN;
        }
    }

    private static final Pattern VALUE = Pattern.compile(
            "^(>=|<=|≥|≤|>|<|=|不低于|不少于|不小于|达到|大于等于|大于|高于|超过|多于|不超过|不高于|不多于|不大于|小于等于|小于|低于|少于|控制在|等于)?"
                    + "(-?\\d+(?:\\.\\d+)?)([%‰]|[\\p{IsHan}()（）a-zA-Z/]{0,6}?)"
                    + "(及以上|以上|及其以上|及以下|以下|及其以下|以内|之内)?$");

    /** Reads a printed value; empty where it is not a single number with an optional sign and unit. */
    public static Optional<Target> parse(String printed) {
        String text = PageText.normalize(printed).replace(",", "");
        Matcher m = VALUE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Sign sign = signOf(m.group(1), m.group(4));
        return Optional.of(new Target(sign, new BigDecimal(m.group(2)), m.group(3)));
    }

    /** Whether an actual value meets this target; empty where the two cannot be compared. */
    public Optional<Boolean> metBy(Target actual) {
        if (!unitsAgree(actual)) {
            return Optional.empty();
        }
        int c = actual.value().compareTo(value);
        return switch (sign) {
            case AT_LEAST -> Optional.of(c >= 0);
            case MORE_THAN -> Optional.of(c > 0);
            case AT_MOST -> Optional.of(c <= 0);
            case LESS_THAN -> Optional.of(c < 0);
            case EQUAL -> Optional.of(c == 0);
            case NONE -> Optional.empty();
        };
    }

    /** Same unit, or one of the two prints none (an actual {@code 大于 90} against {@code ≥85%}). */
    public boolean unitsAgree(Target other) {
        return unit.isEmpty() || other.unit().isEmpty() || unit.equals(other.unit());
    }

    private static Sign signOf(String before, String after) {
        if (before != null) {
            return switch (before) {
                case ">=", "≥", "不低于", "不少于", "不小于", "达到", "大于等于" -> Sign.AT_LEAST;
                case ">", "大于", "高于", "超过", "多于" -> Sign.MORE_THAN;
                case "<=", "≤", "不超过", "不高于", "不多于", "不大于", "小于等于", "控制在" -> Sign.AT_MOST;
                case "<", "小于", "低于", "少于" -> Sign.LESS_THAN;
                default -> Sign.EQUAL;
            };
        }
        if (after != null) {
            return after.contains("上") ? Sign.AT_LEAST : Sign.AT_MOST;
        }
        return Sign.NONE;
    }
}
