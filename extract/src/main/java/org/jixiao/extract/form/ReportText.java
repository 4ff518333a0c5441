package org.jixiao.extract.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.LineAssembler;
import org.jixiao.extract.layout.TextLine;

/**
 * What the running text of a report states in the set phrases of the genre: the commissioning
 * department (受…委托), the evaluated project (“…” on the cover, …项目绩效自评价结果), the
 * final score and grade (最终评分结果为 89.7 分，绩效评级为良).
 */
public final class ReportText {

    private static final String GRADES = "优秀|良好|合格|不合格|较好|一般|较差|优|良|中|差";
    private static final Pattern COMMISSIONED_BY = Pattern.compile("受([^,,。;:“”\"]{2,40}?)(?:的)?委托");
    private static final Pattern QUOTED_TITLE = Pattern.compile("[“\"]([^”\"]{4,80})[”\"]");
    private static final Pattern SELF_EVALUATED = Pattern.compile("[:：,,]([^:：,,。;“”\"]{4,60}?)绩效自?评价?结果");
    private static final Pattern TOTAL_SCORE = Pattern.compile(
            "(?:最终评分结果|评分结果|总得分|综合得分|评价得分|最终得分|总分)[为是:]?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分");
    private static final Pattern GRADE = Pattern.compile(
            "(?:绩效评级|评价等级|绩效等级|评级|等级|属于|评定为)[为是:]?\\s*[“\"']?(" + GRADES + ")");
    private static final Pattern ISSUED_BY = Pattern.compile("(?:编制部门|编制单位|预算单位|部门名称)[:：]([^\\s:：,,。;单]{2,40}?)(?=单位[:：]|$|\\d)");
    private static final Pattern ORGANISATION = Pattern.compile(".{2,30}(中心|局|委员会|委|办公室|厅|院|所|站|馆|学校|医院|政府|部)$");

    private final List<TextLine> lines;
    private final String text;

    public ReportText(List<TextLine> lines) {
        this.lines = List.copyOf(lines);
        this.text = LineAssembler.joinWrapped(lines.stream().map(TextLine::text).toList()).replaceAll("\\s+", "");
    }

    /** The department that commissioned an evaluation: 受上海市人力资源和社会保障局委托. */
    public Optional<String> commissioningDepartment() {
        Matcher matcher = COMMISSIONED_BY.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** A name in quotes on the first page: the evaluated project of a report's cover. */
    public Optional<String> quotedTitle(List<TextLine> firstPage) {
        String cover = LineAssembler.joinWrapped(firstPage.stream().map(TextLine::text).toList()).replaceAll("\\s+", "");
        Matcher matcher = QUOTED_TITLE.matcher(cover);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The project a self-evaluation names in its result sentence: …：X项目绩效自评价结果为…. */
    public Optional<String> selfEvaluatedProject() {
        Matcher matcher = SELF_EVALUATED.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The body a disclosure names as its author: 编制部门：上海市普陀区司法局. */
    public Optional<String> issuingBody() {
        Matcher matcher = ISSUED_BY.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public Optional<String> totalScore() {
        Matcher matcher = TOTAL_SCORE.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public Optional<String> grade() {
        Matcher matcher = GRADE.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The first line of the cover that names an organisation (not the evaluating firm). */
    public Optional<String> coverOrganisation(List<TextLine> firstPage) {
        for (TextLine line : firstPage) {
            String compact = line.text().replaceAll("\\s+", "");
            if (isOrganisationName(compact) && !compact.contains("公司") && !compact.contains("事务所")) {
                return Optional.of(compact);
            }
        }
        return Optional.empty();
    }

    /** Whether a text is an organisation's name (ends as one: 中心, 局, 委员会 …) rather than a sentence. */
    public static boolean isOrganisationName(String text) {
        String compact = text.replaceAll("\\s+", "");
        return ORGANISATION.matcher(compact).matches() && !compact.matches(".*[,,。;、].*");
    }

    /**
     * The first lines of the first page: where titles, years and the issuing body stand. A table row
     * that is one cell across the whole table (a title printed inside the form's frame) counts as a line.
     */
    public static List<TextLine> titleLines(List<Block> blocks, int count) {
        List<TextLine> titles = new ArrayList<>();
        int firstPage = blocks.isEmpty() ? 1 : blocks.get(0).page();
        for (Block block : blocks) {
            if (block.page() != firstPage || titles.size() >= count) {
                break;
            }
            if (block instanceof Block.LineBlock line) {
                titles.add(line.line());
            } else if (block instanceof Block.TableBlock table) {
                for (int row = 0; row < table.table().rowCount() && titles.size() < count; row++) {
                    List<Cell> cells = table.table().row(row);
                    if (cells.size() != 1 || cells.get(0).columnSpan() != table.table().columnCount()) {
                        break;
                    }
                    titles.add(new TextLine(cells.get(0).page(), cells.get(0).box(), cells.get(0).text()));
                }
            }
        }
        return titles;
    }

    public List<TextLine> lines() {
        return lines;
    }
}
