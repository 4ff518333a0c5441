package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.IndicatorGroups;
import org.jixiao.extract.check.Labels;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.RateDefinitions;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.text.ExecutionRateScoring;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;

/**
 * 预算执行率得分 = min(执行率, 100%) × 分值: the national rule of self-evaluations, and the rule of any
 * document that states it (with the threshold below which it scores nothing, where it states one).
 * The rate is the quotient of the project's figures where it has them, else the stated rate.
 * The score may differ from the product by half a unit of its printed precision, plus what the
 * rate's own rounding moves the product.
 */
public final class ScoreFormulaRule implements Rule {

    private static final Pattern EXECUTION_RATE_INDICATOR = Pattern.compile("^(预算|资金|项目资金)?执行率$");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public RuleId id() {
        return RuleId.SCORE_FORMULA;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        Optional<ExecutionRateScoring> stated = context.executionRateScoring();
        if (stated.isEmpty() && context.record().docType() != DocType.SELF_EVALUATION) {
            return List.of();
        }
        BigDecimal threshold = stated.map(ExecutionRateScoring::threshold).orElse(null);
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            Optional<Rate> rate = overallExecutionRate(project);
            if (rate.isEmpty()) {
                continue;
            }
            // where the figures give the rate, score by them: a misprinted rate is execution_rate's finding
            BigDecimal percent = RateDefinitions.quotient(project, rate.get(), context)
                    .map(q -> Printed.roundedLike(q.percent(), rate.get().valuePercent()))
                    .orElse(rate.get().valuePercent());
            for (Indicator indicator : project.indicators()) {
                String name = IndicatorGroups.withoutCode(Labels.core(indicator.deepestLevel() == null ? "" : indicator.deepestLevel()));
                Optional<BigDecimal> points = Printed.plainNumber(indicator.weight());
                Optional<BigDecimal> score = Printed.plainNumber(indicator.score());
                if (EXECUTION_RATE_INDICATOR.matcher(name).matches() && points.isPresent() && score.isPresent()
                        // a score that follows the printed rate is right by its own rule: the misprinted
                        // rate is the one error, execution_rate's
                        && check(project, indicator, rate.get(), rate.get().valuePercent(), points.get(), score.get(),
                                threshold).isPresent()) {
                    check(project, indicator, rate.get(), percent, points.get(), score.get(), threshold).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    /** The project's own execution rate: one value among the rates of the whole project. */
    private static Optional<Rate> overallExecutionRate(ProjectRecord project) {
        List<Rate> overall = project.rates().stream()
                .filter(r -> r.kind() == Rate.Kind.EXECUTION_RATE && RateDefinitions.isWholeProject(r))
                .toList();
        boolean oneValue = !overall.isEmpty()
                && overall.stream().allMatch(r -> r.valuePercent().compareTo(overall.get(0).valuePercent()) == 0);
        return oneValue ? Optional.of(overall.get(0)) : Optional.empty();
    }

    private Optional<Finding> check(ProjectRecord project, Indicator indicator, Rate rate, BigDecimal percent,
                                    BigDecimal points, BigDecimal score, BigDecimal threshold) {
        boolean belowThreshold = threshold != null && percent.compareTo(threshold) < 0;
        BigDecimal expected = belowThreshold ? BigDecimal.ZERO
                : percent.min(HUNDRED).multiply(points).divide(HUNDRED, MathContext.DECIMAL64);
        BigDecimal tolerance = Printed.halfUnit(score)
                .add(Printed.halfUnit(percent).multiply(points).divide(HUNDRED, MathContext.DECIMAL64));
        if (expected.subtract(score).abs().compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        String shown = Printed.roundedLike(expected, score.scale() < 2 ? new BigDecimal("0.00") : score).toPlainString();
        String formula = belowThreshold
                ? String.format("%s %s%% 低于 %s%%，得分应为 0", rate.label(), percent.toPlainString(), Printed.plain(threshold))
                : String.format("%s得分 = min(%s%%, 100%%) × %s = %s", rate.label(), percent.toPlainString(),
                        Printed.plain(points), shown);
        String message = String.format("%s，而“%s”得分为 %s", formula, indicator.deepestLevel(), score.toPlainString());
        return Optional.of(id().finding(message, shown, score.toPlainString(), indicator.page(),
                List.of(rate.label(), indicator.deepestLevel()), project.name()));
    }
}
