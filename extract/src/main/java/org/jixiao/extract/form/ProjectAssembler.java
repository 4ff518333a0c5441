package org.jixiao.extract.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jixiao.extract.form.FundingTableReader.FundingFact;
import org.jixiao.extract.form.FundingTableReader.RateFact;
import org.jixiao.extract.form.FundingTableReader.SubItemFact;
import org.jixiao.extract.form.IndicatorTableReader.Row;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.Evaluation;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.SubItem;
import org.jixiao.extract.outline.DocumentOutline;
import org.jixiao.extract.outline.ProjectSegment;

/**
 * Files the facts read from a document's tables into the projects of its outline: a fact belongs to
 * the segment it stands in. Figures stated twice within a project are kept once; an indicator table
 * that mostly repeats an earlier one of the project (an appendix copy) is dropped.
 */
public final class ProjectAssembler {

    /** A table whose indicators mostly repeat earlier ones is an appendix copy. */
    private static final double REPEATED_TABLE_SHARE = 0.7;
    private static final BigDecimal TEN_THOUSAND = new BigDecimal("10000");

    private final List<ProjectSegment> segments;
    private final boolean disclosure;
    private final List<FundingFact> funding = new ArrayList<>();
    private final List<RateFact> rates = new ArrayList<>();
    private final List<SubItemFact> subItems = new ArrayList<>();
    private final List<IndicatorTableReader.Reading> indicatorTables = new ArrayList<>();
    private final List<ProjectRecord> statements = new ArrayList<>();
    private final List<StatedAmount> statedAmounts = new ArrayList<>();
    private String statedTotalScore;
    private String statedGrade;

    /** Facts are filed into the outline's project segments. */
    public ProjectAssembler(DocumentOutline outline) {
        this.segments = outline.segments();
        this.disclosure = outline.docType() == DocType.BUDGET_DISCLOSURE;
    }

    public void addFunding(FundingTableReader.Reading reading) {
        funding.addAll(reading.funding());
        rates.addAll(reading.rates());
        subItems.addAll(reading.subItems());
        if (!reading.scoredRates().isEmpty()) {
            List<Row> rows = reading.scoredRates().stream()
                    .map(fact -> new Row(fact.indicator(), fact.position())).toList();
            indicatorTables.add(new IndicatorTableReader.Reading(rows, null, Set.of()));
        }
    }

    public void addIndicators(IndicatorTableReader.Reading reading) {
        if (!reading.rows().isEmpty() || reading.result() != null) {
            indicatorTables.add(reading);
        }
    }

    /**
     * Amounts the running text and the prose cells state under a funding label: figures of the project
     * they stand in. A disclosure's prose speaks of many projects and is read by its own reader.
     */
    public void addStatedAmounts(List<StatedAmount> amounts) {
        if (!disclosure) {
            statedAmounts.addAll(amounts);
        }
    }

    /** Projects a budget disclosure states in prose (项目经费情况说明). */
    public void addStatements(List<ProjectRecord> projects) {
        statements.addAll(projects);
    }

    /** The total score and grade a report's text states, for a project whose tables state none. */
    public void addStatedResult(String totalScore, String grade) {
        statedTotalScore = totalScore;
        statedGrade = grade;
    }

    public List<ProjectRecord> projects() {
        List<ProjectRecord> projects = new ArrayList<>();
        for (ProjectSegment segment : segments) {
            ProjectRecord project = project(segment, segments.size() == 1);
            if (segment.name() != null || !isEmpty(project)) {
                projects.add(project);
            }
        }
        if (disclosure) {
            // a department's budget tables are not a project's money; its 项目经费情况说明 are projects
            projects.addAll(statements);
        }
        return projects;
    }

    private static boolean isEmpty(ProjectRecord project) {
        return project.funding().isEmpty() && project.indicators().isEmpty() && project.evaluation() == null;
    }

    private ProjectRecord project(ProjectSegment segment, boolean only) {
        Position from = segment.start();
        Position to = segment.end();
        List<Funding> projectFunding = new ArrayList<>(distinct(select(funding, FundingFact::position, from, to).stream()
                .map(FundingFact::funding).toList(), ProjectAssembler::figureIdentity));
        for (StatedAmount stated : select(statedAmounts, StatedAmount::position, from, to)) {
            if (projectFunding.stream().noneMatch(f -> restates(stated, f))) {
                projectFunding.add(stated.asFunding());
            }
        }
        List<Rate> projectRates = distinct(select(rates, RateFact::position, from, to).stream()
                .map(RateFact::rate).toList(), r -> r.kind() + "|" + numeric(r.valuePercent()));
        List<SubItem> projectSubItems = distinct(select(subItems, SubItemFact::position, from, to).stream()
                .map(SubItemFact::subItem).toList(), s -> s.name() + "|" + numeric(s.amountYuan()));
        return new ProjectRecord(segment.name(), segment.department(), segment.implementingUnit(), projectFunding,
                projectRates, projectSubItems, indicators(from, to), evaluation(from, to, only));
    }

    private List<Indicator> indicators(Position from, Position to) {
        List<Indicator> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (IndicatorTableReader.Reading table : indicatorTables) {
            List<Indicator> rows = select(table.rows(), Row::position, from, to).stream().map(Row::indicator).toList();
            if (rows.isEmpty()) {
                continue;
            }
            long repeated = rows.stream().filter(row -> seen.contains(key(row))).count();
            if (!kept.isEmpty() && repeated >= REPEATED_TABLE_SHARE * rows.size()) {
                continue;
            }
            for (Indicator row : rows) {
                seen.add(key(row));
                kept.add(row);
            }
        }
        return withoutGroupRows(kept);
    }

    /** Drops rows named only by a group (一级指标) that other rows break down: a summary table's subtotals. */
    private static List<Indicator> withoutGroupRows(List<Indicator> indicators) {
        Set<String> groups = new HashSet<>();
        for (Indicator indicator : indicators) {
            if (indicator.level2() != null || indicator.level3() != null || indicator.level4() != null) {
                groups.add(indicator.level1());
                groups.add(indicator.level2());
            }
        }
        List<Indicator> kept = new ArrayList<>();
        for (Indicator indicator : indicators) {
            boolean groupOnly = indicator.level2() == null && indicator.level3() == null && indicator.level4() == null;
            if (!(groupOnly && groups.contains(indicator.level1()))) {
                kept.add(indicator);
            }
        }
        return kept;
    }

    private static String key(Indicator indicator) {
        return indicator.deepestLevel() + "|" + indicator.target() + "|" + indicator.weight() + "|" + indicator.score()
                + "|" + indicator.period();
    }

    private Evaluation evaluation(Position from, Position to, boolean only) {
        String total = null;
        boolean totalDoubtful = false;
        String grade = null;
        Integer page = null;
        for (IndicatorTableReader.Reading table : indicatorTables) {
            IndicatorTableReader.Result result = table.result();
            if (result != null && inRange(result.position(), from, to)) {
                if (total == null && result.totalScore() != null) {
                    total = result.totalScore();
                    totalDoubtful = result.totalDoubtful();
                }
                grade = grade != null ? grade : result.grade();
                page = page != null ? page : Integer.valueOf(result.page());
            }
        }
        if (only) {
            total = total != null ? total : statedTotalScore;
            grade = grade != null ? grade : statedGrade;
        }
        return total == null && grade == null ? null
                : new Evaluation(total, grade, page, totalDoubtful ? List.of(Evaluation.TOTAL_SCORE) : List.of());
    }

    private static <T> List<T> select(List<T> facts, Function<T, Position> position, Position from, Position to) {
        return facts.stream().filter(fact -> inRange(position.apply(fact), from, to)).toList();
    }

    private static boolean inRange(Position position, Position from, Position to) {
        return (from == null || position.compareTo(from) >= 0) && (to == null || position.compareTo(to) < 0);
    }

    private static <T> List<T> distinct(List<T> items, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        List<T> kept = new ArrayList<>();
        for (T item : items) {
            if (seen.add(key.apply(item))) {
                kept.add(item);
            }
        }
        return kept;
    }

    /**
     * Whether a sentence states a figure the project has already: the same kind and amount, as far as
     * both were rounded in print (a figure's trailing zeros tell how far it may have been), or the
     * amount 10,000 times or a 10,000th of it — the same figure with its unit misprinted, not a second.
     */
    private static boolean restates(StatedAmount stated, Funding figure) {
        if (figure.kind() != stated.kind()) {
            return false;
        }
        BigDecimal amount = figure.amountYuan();
        BigDecimal tolerance = stated.halfUnitYuan().add(Numbers.roundingTolerance(amount));
        return amount.subtract(stated.yuan()).abs().compareTo(tolerance) <= 0
                || amount.movePointRight(4).subtract(stated.yuan()).abs().compareTo(TEN_THOUSAND) <= 0
                || stated.yuan().movePointRight(4).subtract(amount).abs().compareTo(TEN_THOUSAND) <= 0;
    }

    /** A project keeps one money figure per kind and amount: 财政拨款 and 本级财政 of one amount are one figure. */
    static String figureIdentity(Funding funding) {
        return funding.kind() + "|" + numeric(funding.amountYuan());
    }

    private static String numeric(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
