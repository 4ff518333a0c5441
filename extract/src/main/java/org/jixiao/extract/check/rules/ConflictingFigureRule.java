package org.jixiao.extract.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.extract.check.CheckContext;
import org.jixiao.extract.check.Figure;
import org.jixiao.extract.check.GradeBands;
import org.jixiao.extract.check.Labels;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.RateDefinitions;
import org.jixiao.extract.check.Rule;
import org.jixiao.extract.check.RuleId;
import org.jixiao.extract.check.text.StatedEvaluation;
import org.jixiao.extract.form.StatedAmount;
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
                if (Labels.isStatedInText(funding.label())) {
                    continue;
                }
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
        }
        findings.addAll(restatedAmounts(context));
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
     * An amount a sentence states under a funding label that differs from the project's one table
     * figure of that kind. The extractor files a sentence's amount into the project it stands in and
     * keeps it only where it is not the table's figure (nor that figure with its unit slipped).
     */
    private List<Finding> restatedAmounts(CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        for (ProjectRecord project : context.record().projects()) {
            for (Funding stated : project.funding()) {
                if (!Labels.isStatedInText(stated.label())) {
                    continue;
                }
                List<Funding> tabled = project.funding().stream()
                        .filter(f -> f.kind() == stated.kind() && !Labels.isStatedInText(f.label())).toList();
                if (tabled.isEmpty() || tabled.stream().anyMatch(f -> f.amountYuan().compareTo(tabled.get(0).amountYuan()) != 0)) {
                    continue;
                }
                Funding table = tabled.get(0);
                Figure printed = context.money(table);
                Optional<StatedAmount> sentence = context.statedAmounts().stream()
                        .filter(s -> s.kind() == stated.kind() && s.yuan().compareTo(stated.amountYuan()) == 0
                                && Objects.equals(s.page(), stated.page()))
                        .findFirst();
                BigDecimal tolerance = printed.tolerance().add(sentence.map(StatedAmount::halfUnitYuan).orElse(BigDecimal.ZERO));
                if (printed.value().subtract(stated.amountYuan()).abs().compareTo(tolerance) <= 0) {
                    continue;
                }
                String label = Labels.core(stated.label());
                int page = Math.max(stated.page() == null ? 0 : stated.page(), table.page() == null ? 0 : table.page());
                String message = String.format("“%s”在第 %s 页的表中为 %s，在第 %s 页的文字中为 %s", label,
                        table.page() == null ? "?" : table.page(), Printed.money(printed),
                        stated.page() == null ? "?" : stated.page(),
                        sentence.map(StatedAmount::printed).orElse(Printed.yuan(stated.amountYuan())));
                findings.add(id().finding(message, Printed.yuan(printed.value()), Printed.yuan(stated.amountYuan()),
                        page, List.of(table.label(), label), project.name()));
            }
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
