package org.jixiao.extract.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.layout.TextLine;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.ProjectRecord;

/**
 * Reads the 项目经费情况说明 of budget disclosures: under a heading {@code X项目经费情况说明}, numbered
 * sections (一、项目概述 … 三、实施主体 … 六、年度预算安排 795万元 …) state a project's implementing unit
 * and its budget for the year.
 */
public final class ProjectStatementReader {

    private static final Pattern HEADING = Pattern.compile("^(.{2,40}?)经费情况说明$");
    private static final Pattern NUMBERED = Pattern.compile("^[一二三四五六七八九十]+[、.](.+)$");
    private static final Pattern AMOUNT = Pattern.compile("((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(万元|元)");

    /** Reads every statement in the lines; a project per heading. */
    public List<ProjectRecord> read(List<TextLine> lines, String department) {
        List<ProjectRecord> projects = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = HEADING.matcher(compact(lines.get(i).text()));
            if (!heading.matches() || NUMBERED.matcher(heading.group(1)).matches()
                    || !org.jixiao.extract.outline.RolePhrases.isName(heading.group(1))) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !HEADING.matcher(compact(lines.get(end).text())).matches()) {
                end++;
            }
            projects.add(project(heading.group(1), lines.subList(i + 1, end), department));
            i = end - 1;
        }
        return projects;
    }

    private static ProjectRecord project(String name, List<TextLine> body, String department) {
        String unit = section(body, "实施主体").filter(ReportText::isOrganisationName).orElse(null);
        List<Funding> funding = new ArrayList<>();
        for (String title : List.of("年度预算安排", "预算安排", "项目预算")) {
            Optional<TextLine> line = sectionLine(body, title);
            if (line.isPresent()) {
                Matcher amount = AMOUNT.matcher(compact(line.get().text()));
                if (amount.find()) {
                    Numbers.Unit printed = amount.group(2).equals("万元") ? Numbers.Unit.TEN_THOUSAND_YUAN : Numbers.Unit.YUAN;
                    BigDecimal yuan = Numbers.toYuan(new BigDecimal(amount.group(1).replace(",", "")), printed);
                    funding.add(new Funding(title, FundingKind.ANNUAL, yuan, line.get().page(),
                            Numbers.printedUnit(printed)));
                }
                break;
            }
        }
        return new ProjectRecord(name, department, unit, funding, List.of(), List.of(), List.of(), null);
    }

    private static Optional<String> section(List<TextLine> body, String title) {
        return sectionLine(body, title).map(line -> compact(line.text()));
    }

    /** The first line of a numbered section, e.g. the line after 三、实施主体. */
    private static Optional<TextLine> sectionLine(List<TextLine> body, String title) {
        for (int i = 0; i + 1 < body.size(); i++) {
            Matcher numbered = NUMBERED.matcher(compact(body.get(i).text()));
            if (numbered.matches() && numbered.group(1).equals(title)) {
                TextLine next = body.get(i + 1);
                return NUMBERED.matcher(compact(next.text())).matches() ? Optional.empty() : Optional.of(next);
            }
        }
        return Optional.empty();
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
