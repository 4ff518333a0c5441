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
 * What the running text of a report states of its result in the set phrases of the genre: the
 * final score and grade (最终评分结果为 89.7 分，绩效评级为良), and a disclosure's issuing body.
 * Who is who (project, department, commissioning body) is the outline's: see
 * {@link org.jixiao.extract.outline.OutlineReader}.
 */
public final class ReportText {

    private static final String GRADES = "优秀|良好|合格|不合格|较好|一般|较差|优|良|中|差";
    /** What follows a band's bound (90分（含）以上, 80分以下, 80-89分): a grading rule, not a score. */
    public static final String BAND_BOUND_AHEAD = "(?![(（]?含|[)）]?(?:及)?以[上下]|至|[~～\\-－—])";
    private static final Pattern TOTAL_SCORE = Pattern.compile(
            "(?:最终评分结果|评分结果|总得分|综合得分|评价得分|最终得分|总分)[为是:]?\\s*(\\d{1,3}(?:\\.\\d{1,2})?)\\s*分"
                    + BAND_BOUND_AHEAD);
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

    /** Whether a text is an organisation's name (ends as one: 中心, 局, 委员会 …) rather than a sentence. */
    public static boolean isOrganisationName(String text) {
        String compact = text.replaceAll("\\s+", "");
        return ORGANISATION.matcher(compact).matches() && !compact.matches(".*[,,。;、].*");
    }

    public List<TextLine> lines() {
        return lines;
    }
}
