package org.jixiao.extract.check;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the rules assume where a document does not say: provinces differ, so every threshold is here
 * rather than in a rule. {@link #NATIONAL} holds the national defaults.
 *
 * @param gradeBands            bands used when the document states none of its own
 * @param totalPoints           what a scored project's points add up to (100)
 * @param scoreTolerancePerLine rounding allowed per score line on a sum (0.01: scores carry two decimals)
 * @param overTargetRatio       an actual value at or above this multiple of its ≥ target is flagged
 *                              for review (1.20); null turns the flag off
 * @param proportionalScoring   a missed ≥ target scores actual ÷ target × 分值 (the national rule);
 *                              false where a province scores misses otherwise
 * @param ceilingRateWords      indicator names ending in one of these are rates that cannot exceed 100%
 * @param classes               words that mark the three indicator classes a target declaration needs
 */
public record CheckConfig(GradeBands gradeBands, BigDecimal totalPoints, BigDecimal scoreTolerancePerLine,
                          BigDecimal overTargetRatio, boolean proportionalScoring, List<String> ceilingRateWords,
                          IndicatorClasses classes) {

    /**
     * The words that mark the indicator classes, any level of an indicator's path counting.
     * Older forms say 效果 or 结果 for 效益, and put 满意度 under 效益.
     */
    public record IndicatorClasses(List<String> output, List<String> outcome, List<String> satisfaction) {
        public IndicatorClasses {
            output = List.copyOf(output);
            outcome = List.copyOf(outcome);
            satisfaction = List.copyOf(satisfaction);
        }
    }

    public static final CheckConfig NATIONAL = new CheckConfig(GradeBands.NATIONAL, new BigDecimal("100"),
            new BigDecimal("0.01"), new BigDecimal("1.20"), true,
            List.of("满意度", "满意率", "完成率", "合格率", "达标率", "覆盖率", "执行率", "到位率", "及时率", "准确率",
                    "正确率", "通过率", "知晓率", "使用率", "利用率", "办结率", "兑现率", "参保率", "验收率", "开通率",
                    "激活率", "完好率", "运行率", "可用率", "备份率", "完整率"),
            new IndicatorClasses(List.of("产出", "数量指标", "质量指标", "时效指标", "成本指标"),
                    List.of("效益", "效果", "结果", "影响"), List.of("满意")));

    public CheckConfig {
        ceilingRateWords = List.copyOf(ceilingRateWords);
    }

    public CheckConfig withGradeBands(GradeBands bands) {
        return new CheckConfig(bands, totalPoints, scoreTolerancePerLine, overTargetRatio, proportionalScoring,
                ceilingRateWords, classes);
    }

    public CheckConfig withOverTargetRatio(BigDecimal ratio) {
        return new CheckConfig(gradeBands, totalPoints, scoreTolerancePerLine, ratio, proportionalScoring,
                ceilingRateWords, classes);
    }
}
