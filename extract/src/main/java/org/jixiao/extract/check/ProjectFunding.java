package org.jixiao.extract.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.ProjectRecord;

/**
 * A project's money figures by column ({@link Labels#scope}) and kind, as its tables print them (the
 * figures sentences state are compared, never added up). The record keeps one entry per
 * kind and amount, so a figure equal to one in another column may be missing from its own: a rule
 * asks {@link #missingHere} before it reads a missing figure as nothing.
 */
public final class ProjectFunding {

    private final Map<String, Map<FundingKind, List<Figure>>> byScope = new LinkedHashMap<>();
    private final Map<String, ProjectFunding> rows = new LinkedHashMap<>();

    public ProjectFunding(ProjectRecord project, CheckContext context) {
        List<Funding> tabled = project.funding().stream().filter(f -> !Labels.isStatedInText(f.label())).toList();
        Set<String> columns = new LinkedHashSet<>();
        tabled.forEach(f -> columns.add(Labels.scope(f.label())));
        Map<String, List<Funding>> byRow = new LinkedHashMap<>();
        for (Funding funding : tabled) {
            add(scope(funding, columns), funding.kind(), context.money(funding));
            byRow.computeIfAbsent(Labels.core(funding.label()), r -> new ArrayList<>()).add(funding);
        }
        byRow.forEach((row, figures) -> {
            ProjectFunding line = new ProjectFunding();
            figures.forEach(f -> line.add("", f.kind(), context.money(f)));
            rows.put(row, line);
        });
    }

    private ProjectFunding() {
    }

    private void add(String scope, FundingKind kind, Figure figure) {
        byScope.computeIfAbsent(scope, s -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>()).add(figure);
    }

    /**
     * A figure's column: its bracketed suffix, or its whole label where that names a column of the
     * others (the 合计 row of a 项目投资总额 column may be labelled just 项目投资总额).
     */
    private static String scope(Funding funding, Set<String> columns) {
        String scope = Labels.scope(funding.label());
        String core = Labels.core(funding.label());
        return scope.isEmpty() && !core.isEmpty() && columns.contains(core) ? core : scope;
    }

    public Set<String> scopes() {
        return new LinkedHashSet<>(byScope.keySet());
    }

    /**
     * The figures of one row of a matrix whose columns are kinds ({@code 年度资金总额} by 年初预算数 /
     * 全年预算数 / 全年执行数), as one column; empty where no figure is printed in that row.
     */
    public Optional<ProjectFunding> row(String name) {
        return Optional.ofNullable(rows.get(name));
    }

    /** The figure of a kind in a column, where the column states exactly one value for it. */
    public Optional<Figure> single(String scope, FundingKind kind) {
        List<Figure> figures = byScope.getOrDefault(scope, Map.of()).getOrDefault(kind, List.of());
        boolean oneValue = !figures.isEmpty()
                && figures.stream().allMatch(f -> f.value().compareTo(figures.get(0).value()) == 0);
        return oneValue ? Optional.of(figures.get(0)) : Optional.empty();
    }

    /**
     * The figures of a kind in a column as the lines a sum adds: one value as it stands; values on
     * lines of their own (一般公共预算拨款 and 政府性基金预算拨款, both fiscal money) each, unless one of
     * them is the sum of the others, their subtotal, which then stands for them. Empty where the
     * column states none, or where two values share a line (which one is meant is unknown).
     */
    public List<Figure> lines(String scope, FundingKind kind) {
        Optional<Figure> one = single(scope, kind);
        if (one.isPresent() || !has(scope, kind)) {
            return one.map(List::of).orElse(List.of());
        }
        Map<BigDecimal, Figure> byValue = new LinkedHashMap<>();
        for (Figure figure : byScope.get(scope).get(kind)) {
            byValue.putIfAbsent(figure.value().stripTrailingZeros(), figure);
        }
        List<Figure> figures = List.copyOf(byValue.values());
        if (figures.stream().map(f -> Labels.core(f.label())).distinct().count() < figures.size()) {
            return List.of();
        }
        Figure largest = figures.stream().max(Comparator.comparing(Figure::value)).orElseThrow();
        List<Figure> others = figures.stream().filter(f -> f != largest).toList();
        BigDecimal tolerance = Figure.sumOfTolerances(others).add(largest.tolerance());
        return Figure.sum(others).subtract(largest.value()).abs().compareTo(tolerance) <= 0 ? List.of(largest) : figures;
    }

    public boolean has(String scope, FundingKind kind) {
        return !byScope.getOrDefault(scope, Map.of()).getOrDefault(kind, List.of()).isEmpty();
    }

    /** The column lacks the kind although another column has it: its figure may have been merged away. */
    public boolean missingHere(String scope, FundingKind kind) {
        return !has(scope, kind) && byScope.keySet().stream().anyMatch(other -> has(other, kind));
    }
}
