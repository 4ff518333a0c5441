package org.jixiao.extract.check.text;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scoring rule a document states for its 预算执行率 indicator, such as
 * {@code 预算执行率在 75%及以上的按公式计算：预算执行率得分=实际预算执行率/100%×4；完成率在 75%以下的不得分}.
 *
 * @param threshold the rate in percent below which the indicator scores nothing, or null
 */
public record ExecutionRateScoring(BigDecimal threshold) {

    private static final Pattern FORMULA = Pattern.compile("(?:预算)?执行率得分=");
    private static final Pattern THRESHOLD = Pattern.compile(
            "执行率在(\\d+(?:\\.\\d+)?)%及?以上|率在(\\d+(?:\\.\\d+)?)%以下的?不得分");

    /** The rule where the running text states one; empty where it does not. */
    public static Optional<ExecutionRateScoring> read(PageText text) {
        for (String page : text.pages().values()) {
            if (FORMULA.matcher(page).find()) {
                Matcher threshold = THRESHOLD.matcher(page);
                BigDecimal below = null;
                if (threshold.find()) {
                    below = new BigDecimal(threshold.group(1) != null ? threshold.group(1) : threshold.group(2));
                }
                return Optional.of(new ExecutionRateScoring(below));
            }
        }
        return Optional.empty();
    }
}
