package org.jixiao.extract.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jixiao.extract.form.FieldReader.FieldFact;
import org.jixiao.extract.form.FundingTableReader.FundingFact;
import org.jixiao.extract.form.FundingTableReader.RateFact;
import org.jixiao.extract.form.FundingTableReader.SubItemFact;
import org.jixiao.extract.form.IndicatorTableReader.Row;
import org.jixiao.extract.form.LabelConfig.Field;
import org.jixiao.extract.model.DocType;
import org.jixiao.extract.model.Evaluation;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;
import org.jixiao.extract.model.SubItem;

/**
 * Assembles the facts read from a document's tables and text into projects. A form states each
 * project's name before its figures, so a fact belongs to the project named last before it; a
 * report evaluates one project. Figures stated twice are kept once.
 */
public final class ProjectAssembler {

    /** A table whose indicators mostly repeat earlier ones is an appendix copy. */
    private static final double REPEATED_TABLE_SHARE = 0.7;

    private final DocType docType;
    private final List<FieldFact> fields = new ArrayList<>();
    private final List<FundingFact> funding = new ArrayList<>();
    private final List<RateFact> rates = new ArrayList<>();
    private final List<SubItemFact> subItems = new ArrayList<>();
    private final List<IndicatorTableReader.Reading> indicatorTables = new ArrayList<>();
    private ReportDescription report;
    private final List<ProjectRecord> statements = new ArrayList<>();

    /** What the running text of a report says of its project. */
    private record ReportDescription(String name, String department, String implementingUnit, String totalScore,
                                     String grade) {
    }

    public ProjectAssembler(DocType docType) {
        this.docType = docType;
    }

    public void addFields(List<FieldFact> facts) {
        fields.addAll(facts);
    }

    public void addFunding(FundingTableReader.Reading reading) {
        funding.addAll(reading.funding());
        rates.addAll(reading.rates());
        subItems.addAll(reading.subItems());
        if (!reading.scoredRates().isEmpty()) {
            List<Row> rows = reading.scoredRates().stream()
                    .map(fact -> new Row(fact.indicator(), fact.position())).toList();
            indicatorTables.add(new IndicatorTableReader.Reading(rows, null, java.util.Set.of()));
        }
    }

    public void addIndicators(IndicatorTableReader.Reading reading) {
        if (!reading.rows().isEmpty() || reading.result() != null) {
            indicatorTables.add(reading);
        }
    }

    /** Projects a budget disclosure states in prose (项目经费情况说明). */
    public void addStatements(List<ProjectRecord> projects) {
        statements.addAll(projects);
    }

    public void describeReport(String name, String department, String implementingUnit, String totalScore, String grade) {
        report = new ReportDescription(name, department, implementingUnit, totalScore, grade);
    }

    public List<FieldFact> fields() {
        return List.copyOf(fields);
    }

    public List<ProjectRecord> projects() {
        if (docType == DocType.EVALUATION_REPORT || docType == DocType.SELF_EVALUATION) {
            return List.of(reportProject());
        }
        if (docType == DocType.BUDGET_DISCLOSURE) {
            // a department's budget tables are not a project's money; its 项目经费情况说明 are projects
            return List.copyOf(statements);
        }
        List<Position> anchors = projectAnchors();
        List<ProjectRecord> projects = new ArrayList<>();
        if (anchors.isEmpty()) {
            if (!funding.isEmpty() || indicatorTables.stream().anyMatch(t -> !t.rows().isEmpty())) {
                projects.add(project(null, null, null, null, null));
            }
            return projects;
        }
        for (int i = 0; i < anchors.size(); i++) {
            Position from = i == 0 ? null : anchors.get(i);
            Position to = i + 1 < anchors.size() ? anchors.get(i + 1) : null;
            String name = fieldAt(anchors.get(i));
            projects.add(project(name, from, to, null, null));
        }
        return projects;
    }

    private ProjectRecord reportProject() {
        String name = report != null && report.name() != null ? report.name() : firstField(Field.PROJECT_NAME, null, null);
        String department = firstField(Field.DEPARTMENT, null, null);
        String unit = firstField(Field.IMPLEMENTING_UNIT, null, null);
        return project(name, null, null, department != null ? department : report == null ? null : report.department(),
                unit != null ? unit : report == null ? null : report.implementingUnit());
    }

    /** Positions where a new project's name is stated (a name repeated on a following page is the same project). */
    private List<Position> projectAnchors() {
        List<Position> anchors = new ArrayList<>();
        String last = null;
        for (FieldFact fact : fields) {
            if (fact.field() == Field.PROJECT_NAME && !fact.value().equals(last)) {
                anchors.add(fact.position());
                last = fact.value();
            }
        }
        return anchors;
    }

    private String fieldAt(Position position) {
        for (FieldFact fact : fields) {
            if (fact.field() == Field.PROJECT_NAME && fact.position().equals(position)) {
                return fact.value();
            }
        }
        throw new IllegalStateException("no project name at " + position);
    }

    private ProjectRecord project(String name, Position from, Position to, String department, String unit) {
        String projectDepartment = department != null ? department : firstField(Field.DEPARTMENT, from, to);
        String projectUnit = unit != null ? unit : firstField(Field.IMPLEMENTING_UNIT, from, to);
        if (projectDepartment == null) {
            projectDepartment = firstField(Field.DEPARTMENT, null, null);
        }
        List<Funding> projectFunding = distinct(select(funding, FundingFact::position, from, to).stream()
                .map(FundingFact::funding).toList(), f -> f.kind() + "|" + numeric(f.amountYuan()));
        List<Rate> projectRates = distinct(select(rates, RateFact::position, from, to).stream()
                .map(RateFact::rate).toList(), r -> r.kind() + "|" + numeric(r.valuePercent()));
        List<SubItem> projectSubItems = distinct(select(subItems, SubItemFact::position, from, to).stream()
                .map(SubItemFact::subItem).toList(), s -> s.name() + "|" + numeric(s.amountYuan()));
        return new ProjectRecord(name, projectDepartment, projectUnit, projectFunding, projectRates, projectSubItems,
                indicators(from, to), evaluation(from, to));
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

    private Evaluation evaluation(Position from, Position to) {
        String total = null;
        String grade = null;
        for (IndicatorTableReader.Reading table : indicatorTables) {
            IndicatorTableReader.Result result = table.result();
            if (result != null && inRange(result.position(), from, to)) {
                total = total != null ? total : result.totalScore();
                grade = grade != null ? grade : result.grade();
            }
        }
        if (report != null) {
            total = total != null ? total : report.totalScore();
            grade = grade != null ? grade : report.grade();
        }
        return total == null && grade == null ? null : new Evaluation(total, grade);
    }

    private String firstField(Field field, Position from, Position to) {
        for (FieldFact fact : fields) {
            if (fact.field() == field && inRange(fact.position(), from, to)) {
                return fact.value();
            }
        }
        return null;
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

    private static String numeric(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }
}
