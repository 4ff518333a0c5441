package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Figure;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.ProjectFunding;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.text.PageText;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.ProjectRecord;

/**
 * 资金结余 = 资金到位 − 实际支出, and 调整后预算 = 年初预算 − 调整金额 (延期执行、调减). An adjustment whose
 * label says it added money (追加、调增) is added instead; one whose label does not say which way it
 * went may have gone either way.
 */
public final class BalanceRule implements Rule {

    private static final Pattern ADDED = Pattern.compile("追加|调增|增加");
    private static final Pattern REMOVED = Pattern.compile("调减|减少|延期|收回|核减");

    @Override
    public RuleId id() {
        return RuleId.BALANCE;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            ProjectFunding funding = new ProjectFunding(project, context);
            for (String scope : funding.scopes()) {
                Optional<Figure> received = funding.single(scope, FundingKind.RECEIVED);
                Optional<Figure> spent = funding.single(scope, FundingKind.SPENT);
                Optional<Figure> balance = funding.single(scope, FundingKind.BALANCE);
                if (received.isPresent() && spent.isPresent() && balance.isPresent()) {
                    difference(project, received.get(), spent.get(), balance.get()).ifPresent(findings::add);
                }
                Optional<Figure> budget = funding.single(scope, FundingKind.BUDGET);
                Optional<Figure> adjustment = funding.single(scope, FundingKind.ADJUSTMENT);
                Optional<Figure> adjusted = funding.single(scope, FundingKind.ADJUSTED_BUDGET);
                if (budget.isPresent() && adjustment.isPresent() && adjusted.isPresent()) {
                    adjustment(project, budget.get(), adjustment.get(), adjusted.get()).ifPresent(findings::add);
                }
            }
        }
        return findings;
    }

    private Optional<Finding> difference(ProjectRecord project, Figure from, Figure less, Figure stated) {
        BigDecimal expected = from.value().subtract(less.value());
        if (within(expected, stated, from, less)) {
            return Optional.empty();
        }
        String message = String.format("%s %s − %s %s = %s，而“%s”为 %s", from.label(), Printed.money(from),
                less.label(), Printed.money(less), Printed.money(expected, stated.unit()), stated.label(),
                Printed.money(stated));
        return Optional.of(id().finding(message, Printed.yuan(expected), Printed.yuan(stated.value()), stated.page(),
                List.of(from.label(), less.label(), stated.label()), project.name()));
    }

    private Optional<Finding> adjustment(ProjectRecord project, Figure budget, Figure adjustment, Figure adjusted) {
        String label = PageText.normalize(adjustment.label());
        boolean added = ADDED.matcher(label).find();
        boolean removed = REMOVED.matcher(label).find();
        BigDecimal less = budget.value().subtract(adjustment.value());
        BigDecimal more = budget.value().add(adjustment.value());
        boolean holds = (!added && within(less, adjusted, budget, adjustment))
                || (!removed && within(more, adjusted, budget, adjustment));
        if (holds) {
            return Optional.empty();
        }
        BigDecimal expected = added ? more : less;
        String message = String.format("%s %s %s %s %s = %s，而“%s”为 %s", budget.label(), Printed.money(budget),
                added ? "+" : "−", adjustment.label(), Printed.money(adjustment), Printed.money(expected, adjusted.unit()),
                adjusted.label(), Printed.money(adjusted));
        return Optional.of(id().finding(message, Printed.yuan(expected), Printed.yuan(adjusted.value()),
                adjusted.page(), List.of(budget.label(), adjustment.label(), adjusted.label()), project.name()));
    }

    private static boolean within(BigDecimal expected, Figure stated, Figure a, Figure b) {
        BigDecimal tolerance = stated.tolerance().add(a.tolerance()).add(b.tolerance());
        return expected.subtract(stated.value()).abs().compareTo(tolerance) <= 0;
    }
}
