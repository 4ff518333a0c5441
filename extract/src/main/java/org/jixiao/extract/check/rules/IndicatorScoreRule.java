package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.Target;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;

/**
 * A self-evaluation score its own rule contradicts: a met target earns full points; a missed floor
 * (≥) earns actual ÷ target × 分值 where the configuration scores that way; a missed ceiling (≤)
 * loses points, falling to nothing at twice the target or scoring target ÷ actual × 分值 (deployments
 * differ, either is accepted). Warnings: the document may score by a rule of its own.
 */
public final class IndicatorScoreRule implements Rule {

    private static final BigDecimal TWO = new BigDecimal("2");

    @Override
    public RuleId id() {
        return RuleId.INDICATOR_SCORE;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (CheckContext.TargetAndActual judged : context.targetsAndActuals()) {
            Indicator indicator = judged.indicator();
            Optional<BigDecimal> points = Printed.plainNumber(indicator.weight());
            Optional<BigDecimal> score = Printed.plainNumber(indicator.score());
            if (points.isPresent() && score.isPresent()) {
                check(context, judged.project(), indicator, judged.target(), judged.actual(), points.get(), score.get())
                        .ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> check(CheckContext context, ProjectRecord project, Indicator indicator, Target target,
                                    Target actual, BigDecimal points, BigDecimal score) {
        Optional<Boolean> met = target.metBy(actual);
        if (met.isEmpty()) {
            return Optional.empty();
        }
        boolean full = score.compareTo(points) == 0;
        String subject = String.format("“%s”目标 %s，实际 %s", indicator.deepestLevel(), indicator.target(), indicator.actual());
        if (met.get() && !full) {
            return finding(project, indicator, subject + "，已达到目标却未得满分（" + Printed.plain(score) + " / "
                    + Printed.plain(points) + "）", Printed.plain(points), score);
        }
        if (!met.get() && full) {
            return finding(project, indicator, subject + "，未达到目标却得满分 " + Printed.plain(points),
                    "<" + Printed.plain(points), score);
        }
        if (met.get() || target.value().signum() <= 0 || actual.value().signum() < 0) {
            return Optional.empty();
        }
        BigDecimal ratio = actual.value().divide(target.value(), MathContext.DECIMAL64);
        BigDecimal tolerance = Printed.halfUnit(score).max(context.config().scoreTolerancePerLine());
        if (target.sign().isFloor() && context.config().proportionalScoring()) {
            BigDecimal expected = ratio.multiply(points);
            if (expected.subtract(score).abs().compareTo(tolerance) > 0) {
                String shown = Printed.roundedLike(expected, new BigDecimal("0.00")).toPlainString();
                return finding(project, indicator, String.format("%s，按 实际 ÷ 目标 × 分值 = %s ÷ %s × %s 应得 %s，而得分为 %s",
                        subject, Printed.plain(actual.value()), Printed.plain(target.value()), Printed.plain(points),
                        shown, Printed.plain(score)), shown, score);
            }
        }
        if (target.sign().isCeiling() && actual.value().signum() > 0) {
            BigDecimal linear = points.multiply(TWO.subtract(ratio).max(BigDecimal.ZERO));
            BigDecimal inverse = target.value().divide(actual.value(), MathContext.DECIMAL64).multiply(points);
            boolean either = linear.subtract(score).abs().compareTo(tolerance) <= 0
                    || inverse.subtract(score).abs().compareTo(tolerance) <= 0;
            if (!either) {
                String shown = Printed.roundedLike(linear, new BigDecimal("0.00")).toPlainString();
                return finding(project, indicator, String.format("%s，超出上限应按比例扣分（%s 或 %s），而得分为 %s", subject,
                        shown, Printed.roundedLike(inverse, new BigDecimal("0.00")).toPlainString(), Printed.plain(score)),
                        shown, score);
            }
        }
        return Optional.empty();
    }

    private Optional<Finding> finding(ProjectRecord project, Indicator indicator, String message, String expected,
                                      BigDecimal score) {
        return Optional.of(id().finding(message, expected, Printed.plain(score), indicator.page(),
                List.of(indicator.deepestLevel()), project.name()));
    }
}
