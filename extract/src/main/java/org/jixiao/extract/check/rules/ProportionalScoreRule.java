package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.text.ProportionalScore;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.ProjectRecord;

/**
 * A score the text gives by a proportional formula it states (满意度得分 = 满意度 / 100% × 10, nothing
 * below the threshold) is that formula applied to the percentage it reports, within half a unit of
 * the score as printed plus what the percentage's own rounding moves the product. The 执行率
 * indicator is {@code ScoreFormulaRule}'s, which reads the rate from the figures.
 */
public final class ProportionalScoreRule implements Rule {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public RuleId id() {
        return RuleId.SCORE_FORMULA;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<ProjectRecord> projects = context.record().projects();
        String project = projects.size() == 1 ? projects.get(0).name() : null;
        List<Finding> findings = new ArrayList<>();
        for (ProportionalScore stated : context.proportionalScores()) {
            if (stated.subject().contains("执行率") || stated.factor().compareTo(stated.points()) != 0) {
                continue;
            }
            boolean below = stated.threshold() != null && stated.percent().compareTo(stated.threshold()) < 0;
            BigDecimal expected = below ? BigDecimal.ZERO
                    : stated.percent().min(HUNDRED).multiply(stated.factor()).divide(HUNDRED, MathContext.DECIMAL64);
            BigDecimal tolerance = Printed.halfUnit(stated.score()).add(Printed.halfUnit(stated.percent())
                    .multiply(stated.factor()).divide(HUNDRED, MathContext.DECIMAL64));
            if (expected.subtract(stated.score()).abs().compareTo(tolerance) > 0) {
                String shown = Printed.plain(expected.setScale(2, RoundingMode.HALF_UP));
                String formula = below
                        ? String.format("%s %s%% 低于 %s%%，得分应为 0", stated.subject(), Printed.plain(stated.percent()),
                                Printed.plain(stated.threshold()))
                        : String.format("%s得分 = %s%% × %s = %s", stated.subject(), Printed.plain(stated.percent()),
                                Printed.plain(stated.factor()), shown);
                String message = String.format("%s: %s，正文写“得 %s 分”", stated.indicator(), formula,
                        Printed.plain(stated.score()));
                findings.add(id().finding(message, shown, Printed.plain(stated.score()), stated.page(),
                        List.of(stated.indicator(), stated.subject()), project));
            }
        }
        return findings;
    }
}
