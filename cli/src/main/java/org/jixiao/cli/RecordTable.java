package org.jixiao.cli;

import org.jixiao.extract.check.Printed;
import org.jixiao.extract.model.DocumentRecord;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.Indicator;
import org.jixiao.extract.model.ProjectRecord;
import org.jixiao.extract.model.Rate;

/** A readable summary of a record for people at a terminal. */
final class RecordTable {

    private RecordTable() {
    }

    static String render(DocumentRecord record) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(record.source().path()).append("  (").append(record.source().pages()).append(" pages)\n");
        out.append("   type ").append(record.docType().code())
                .append(" · region ").append(nullToDash(record.region().province())).append('/')
                .append(nullToDash(record.region().city())).append('/').append(nullToDash(record.region().county()))
                .append(" · year ").append(record.fiscalYear() == null ? "-" : record.fiscalYear()).append('\n');
        for (ProjectRecord project : record.projects()) {
            out.append("   项目 ").append(nullToDash(project.name())).append("  部门 ").append(nullToDash(project.department()))
                    .append("  实施单位 ").append(nullToDash(project.implementingUnit())).append('\n');
            for (Funding funding : project.funding()) {
                // as the page prints it (356.80万元); the JSON keeps 元, as the contract says
                out.append(String.format("     资金 %-14s %20s  %s (p.%s)%n", funding.kind().code(),
                        Printed.money(funding), funding.label(), funding.page()));
            }
            for (Rate rate : project.rates()) {
                out.append(String.format("     比率 %-14s %17s%%  %s (p.%s)%n", rate.kind().code(),
                        rate.valuePercent().toPlainString(), rate.label(), rate.page()));
            }
            for (Indicator indicator : project.indicators()) {
                out.append("     指标 ").append(path(indicator)).append("  目标 ").append(nullToDash(indicator.target()));
                if (indicator.actual() != null) {
                    out.append("  实际 ").append(indicator.actual());
                }
                if (indicator.weight() != null || indicator.score() != null) {
                    out.append("  分值 ").append(nullToDash(indicator.weight())).append("  得分 ").append(nullToDash(indicator.score()));
                }
                if (indicator.period() != null) {
                    out.append("  [").append(indicator.period().code()).append(']');
                }
                out.append('\n');
            }
            if (project.evaluation() != null) {
                out.append("     评价 ").append(nullToDash(project.evaluation().totalScore())).append(" 分  ")
                        .append(nullToDash(project.evaluation().grade())).append('\n');
            }
        }
        record.findings().forEach(f -> out.append("   ! ").append(f.rule()).append(" (p.").append(f.page()).append(") ")
                .append(f.message()).append('\n'));
        return out.toString();
    }

    private static String path(Indicator indicator) {
        StringBuilder path = new StringBuilder();
        for (String level : new String[] {indicator.level1(), indicator.level2(), indicator.level3(), indicator.level4()}) {
            if (level != null) {
                if (!path.isEmpty()) {
                    path.append(" › ");
                }
                path.append(level);
            }
        }
        return path.toString();
    }

    private static String nullToDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
