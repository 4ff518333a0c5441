package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Figure;
import org.jixiao.extract.check.GradeBands;
import org.jixiao.extract.check.Labels;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.RateDefinitions;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.text.StatedAmount;
import org.jixiao.extract.check.text.StatedEvaluation;
import org.jixiao.extract.model.Finding;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;

/**
 * The same quantity stated twice with different values: an amount or a rate printed under the same
 * label in the same column (a table and the text, say), or a grade the text gives otherwise than the
 * evaluation. Where arithmetic tells which of two rates is wrong, {@code execution_rate} reports it
 * and this rule stays silent; totals and subtotals of scores are {@code score_sum}'s.
 */
public final class ConflictingFigureRule implements Rule {

    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    @Override
    public RuleId id() {
        return RuleId.CONFLICTING_FIGURE;
    }

    @Override
    public List<Finding> check(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            Map<String, List<Figure>> amounts = new LinkedHashMap<>();
            for (Funding funding : project.funding()) {
                amounts.computeIfAbsent(funding.kind() + "|" + Labels.key(funding.label()), k -> new ArrayList<>())
                        .add(context.money(funding));
            }
            amounts.values().forEach(figures -> conflict(figures, true, project).ifPresent(findings::add));
            Map<String, List<Rate>> rates = new LinkedHashMap<>();
            for (Rate rate : project.rates()) {
                rates.computeIfAbsent(rate.kind() + "|" + Labels.key(rate.label()), k -> new ArrayList<>()).add(rate);
            }
            for (List<Rate> same : rates.values()) {
                boolean arithmeticDecides = same.stream()
                        .anyMatch(r -> RateDefinitions.quotient(project, r, context).isPresent());
                if (!arithmeticDecides) {
                    List<Figure> figures = same.stream()
                            .map(r -> Figure.printed(r.label(), r.valuePercent(), r.page())).toList();
                    conflict(figures, false, project).ifPresent(findings::add);
                }
            }
        }
        if (context.record().projects().size() == 1) {
            gradeConflict(context, context.record().projects().get(0)).ifPresent(findings::add);
            restatedAmounts(context, context.record().projects().get(0)).forEach(findings::add);
        }
        return findings;
    }

    private Optional<Finding> conflict(List<Figure> figures, boolean money, ProjectRecord project) {
        for (int i = 1; i < figures.size(); i++) {
            Figure first = figures.get(0);
            Figure other = figures.get(i);
            BigDecimal tolerance = first.tolerance().add(other.tolerance());
            if (first.value().subtract(other.value()).abs().compareTo(tolerance) > 0) {
                String a = money ? Printed.yuan(first.value()) : first.value().toPlainString() + "%";
                String b = money ? Printed.yuan(other.value()) : other.value().toPlainString() + "%";
                String message = String.format("“%s”%s为 %s，%s为 %s", first.label(), onPage(first.page()),
                        money ? Printed.money(first) : a, onPage(other.page()), money ? Printed.money(other) : b);
                return Optional.of(id().finding(message, a, b, other.page(), List.of(first.label(), other.label()),
                        project.name()));
            }
        }
        return Optional.empty();
    }

    private static String onPage(Integer page) {
        return page == null ? "一处" : "在第 " + page + " 页";
    }

    /**
     * An amount the text restates under a funding label that differs from the project's one figure of
     * that kind. A restatement 10,000 times the figure, or a 10,000th of it, is the same amount in the
     * other unit (a unit slip of the text, not a second figure) and says nothing here.
     */
    private List<Finding> restatedAmounts(CheckContext context, ProjectRecord project) {
        List<Finding> findings = new ArrayList<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (StatedAmount stated : context.statedAmounts()) {
            List<Funding> same = project.funding().stream().filter(f -> f.kind() == stated.kind()).toList();
            if (same.isEmpty() || same.stream().anyMatch(f -> f.amountYuan().compareTo(same.get(0).amountYuan()) != 0)) {
                continue;
            }
            Funding table = same.get(0);
            Figure recorded = context.money(table);
            BigDecimal tolerance = recorded.tolerance().add(Printed.halfUnit(stated.yuan()))
                    .max(stated.printed().endsWith("万元") ? new BigDecimal("50") : BigDecimal.ZERO);
            BigDecimal difference = recorded.value().subtract(stated.yuan()).abs();
            boolean otherUnit = recorded.value().signum() != 0
                    && (recorded.value().multiply(TEN_THOUSAND).subtract(stated.yuan()).abs().compareTo(TEN_THOUSAND) <= 0
                    || stated.yuan().multiply(TEN_THOUSAND).subtract(recorded.value()).abs().compareTo(TEN_THOUSAND) <= 0);
            if (difference.compareTo(tolerance) <= 0 || otherUnit || !reported.add(stated.kind() + "|" + stated.yuan())) {
                continue;
            }
            int page = Math.max(stated.page(), table.page() == null ? 0 : table.page());
            String message = String.format("“%s”在第 %s 页的表中为 %s，在第 %d 页的文字中为 %s", stated.label(),
                    table.page() == null ? "?" : table.page(), Printed.money(recorded), stated.page(),
                    stated.printed());
            findings.add(id().finding(message, Printed.yuan(recorded.value()), Printed.yuan(stated.yuan()), page,
                    List.of(table.label(), stated.label()), project.name()));
        }
        return findings;
    }

    private Optional<Finding> gradeConflict(CheckContext context, ProjectRecord project) {
        if (project.evaluation() == null || project.evaluation().grade() == null) {
            return Optional.empty();
        }
        GradeBands bands = context.gradeBands();
        String recorded = project.evaluation().grade();
        Optional<GradeBands.Band> band = bands.forGrade(recorded);
        for (StatedEvaluation stated : context.statedEvaluations()) {
            if (stated.grade() != null && band.isPresent() && !band.equals(bands.forGrade(stated.grade()))) {
                String message = String.format("评价等级在评分表中为“%s”，在第 %d 页正文为“%s”", recorded, stated.page(),
                        stated.grade());
                return Optional.of(id().finding(message, recorded, stated.grade(), stated.page(),
                        List.of("评价等级"), project.name()));
            }
        }
        return Optional.empty();
    }
}
