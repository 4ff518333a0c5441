package org.jixiao.extract.check.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sentences that state a project's total score or grade: {@code 自评价结果为:总得分 93.10 分，属于"优秀"},
 * {@code 最终评分结果为 89.7 分，绩效评级为良}. A score and a grade in one sentence are read together.
 */
public final class StatedEvaluationReader {

    private static final Pattern SCORE = Pattern.compile(
            "(?:总得分|最终得分|综合得分|评分结果|评价得分|自评得分|综合评分)(?:为|是|:)?(\\d+(?:\\.\\d+)?)分"
                    + org.jixiao.extract.form.ReportText.BAND_BOUND_AHEAD);
    private static final Pattern GRADE = Pattern.compile(
            "(?:属于|评级为|等级为|等级:|评价结果为|结论为|评定为|评价为|等次为)[\"“「『]?(优秀|良好|不合格|合格|优|良|中等|中|差)(?![\\p{IsHan}])");
    private static final Pattern SENTENCE_END = Pattern.compile("[。;；!！]");

    private StatedEvaluationReader() {
    }

    public static List<StatedEvaluation> read(PageText text) {
        List<StatedEvaluation> stated = new ArrayList<>();
        for (Map.Entry<Integer, String> page : text.pages().entrySet()) {
            for (String sentence : SENTENCE_END.split(page.getValue())) {
                Matcher score = SCORE.matcher(sentence);
                Matcher grade = GRADE.matcher(sentence);
                BigDecimal total = score.find() ? new BigDecimal(score.group(1)) : null;
                String named = grade.find() ? grade.group(1) : null;
                if (total != null || named != null) {
                    stated.add(new StatedEvaluation(total, named, page.getKey()));
                }
            }
        }
        return List.copyOf(stated);
    }
}
