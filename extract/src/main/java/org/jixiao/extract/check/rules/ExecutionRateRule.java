package org.jixiao.extract.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.RateDefinitions;
import org.jixiao.extract.check.RateDefinitions.Quotient;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;

/**
 * 执行率 = 支出 ÷ 预算 (and the other rates {@link RateDefinitions} knows), within the precision the
 * rate is printed with: 99.81% stands for a quotient in [99.805, 99.815).
 */
public final class ExecutionRateRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.EXECUTION_RATE;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            for (Rate rate : project.rates()) {
                Optional<Quotient> quotient = RateDefinitions.quotient(project, rate, context);
                if (quotient.isPresent() && !quotient.get().admits(rate.valuePercent())) {
                    findings.add(finding(project, rate, quotient.get()));
                }
            }
        }
        return findings;
    }

    private Finding finding(ProjectRecord project, Rate rate, Quotient quotient) {
        String expected = Printed.roundedLike(quotient.percent(), rate.valuePercent()).toPlainString();
        String found = rate.valuePercent().toPlainString();
        String message = String.format("%s %s ÷ %s %s = %s%%，而“%s”为 %s%%",
                quotient.numerator().label(), Printed.money(quotient.numerator()),
                quotient.denominator().label(), Printed.money(quotient.denominator()),
                expected, rate.label(), found);
        return id().finding(message, expected, found, rate.page(),
                List.of(quotient.numerator().label(), quotient.denominator().label(), rate.label()), project.name());
    }
}
