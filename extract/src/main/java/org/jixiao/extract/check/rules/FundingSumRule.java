package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Figure;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.ProjectFunding;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.ProjectRecord;

/**
 * Sources of funds add up to their total, column by column: 财政资金 = 中央 + 省级 + 市县级;
 * 项目资金总额 and 年度资金总额 = 财政资金 + 单位自筹 + 上年结转 + 其他资金. A source the form does not
 * print counts as nothing; a column whose figure may have been merged into another's is left alone.
 * A kind printed on several lines (一般公共预算拨款 and 政府性基金预算拨款) adds all of them.
 */
public final class FundingSumRule implements Rule {

    private static final List<FundingKind> LEVELS = List.of(FundingKind.CENTRAL, FundingKind.PROVINCIAL,
            FundingKind.MUNICIPAL);

    @Override
    public RuleId id() {
        return RuleId.SUM_MISMATCH;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            ProjectFunding funding = new ProjectFunding(project, context);
            for (String scope : funding.scopes()) {
                check(project, funding, scope, FundingKind.FISCAL, LEVELS).ifPresent(findings::add);
                // a 财政资金 merged away into another column's equal figure still stands for the levels
                List<FundingKind> fiscal = funding.has(scope, FundingKind.FISCAL) || funding.missingHere(scope, FundingKind.FISCAL)
                        ? List.of(FundingKind.FISCAL) : LEVELS;
                // every budget column: its total is the sum of its sources, 上年结转 among them where printed
                List<FundingKind> sources = new ArrayList<>(fiscal);
                sources.addAll(List.of(FundingKind.SELF_RAISED, FundingKind.OTHER, FundingKind.CARRYOVER));
                check(project, funding, scope, FundingKind.TOTAL, sources).ifPresent(findings::add);
                check(project, funding, scope, FundingKind.ANNUAL, sources).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> check(ProjectRecord project, ProjectFunding funding, String scope, FundingKind totalKind,
                                    List<FundingKind> partKinds) {
        Optional<Figure> total = funding.single(scope, totalKind);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        List<Figure> parts = new ArrayList<>();
        for (FundingKind kind : partKinds) {
            List<Figure> lines = funding.lines(scope, kind);
            if (lines.isEmpty() && funding.has(scope, kind) || funding.missingHere(scope, kind)) {
                return Optional.empty();
            }
            parts.addAll(lines);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = Figure.sum(parts);
        BigDecimal tolerance = Figure.sumOfTolerances(parts).add(total.get().tolerance());
        if (sum.subtract(total.get().value()).abs().compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        String addends = String.join(" + ", parts.stream().map(p -> p.label() + " " + Printed.money(p)).toList());
        String message = parts.size() == 1
                ? String.format("%s，而“%s”为 %s", addends, total.get().label(), Printed.money(total.get()))
                : String.format("%s = %s，而“%s”为 %s", addends, Printed.money(sum, total.get().unit()),
                        total.get().label(), Printed.money(total.get()));
        List<String> labels = new ArrayList<>(parts.stream().map(Figure::label).toList());
        labels.add(0, total.get().label());
        return Optional.of(id().finding(message, Printed.yuan(sum), Printed.yuan(total.get().value()),
                total.get().page(), labels, project.name()));
    }
}
