package org.jixiao.extract.outline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.form.Misreadings;

/**
 * The roles a report's running text and title state in the set phrases of the genre:
 * <ul>
 * <li>{@code 受X委托，Y对Z实施的“N”项目开展绩效评价} — X commissioned, Y evaluates, Z carries out N;</li>
 * <li>{@code 受X委托，Y承担“N”专项财政资金绩效评价工作};</li>
 * <li>{@code 本项目主管部门为X，实施单位为Z}, {@code 由X主管，由Z负责实施};</li>
 * <li>{@code …：N项目绩效自评价结果为…}, {@code 对N项目开展绩效自评};</li>
 * <li>a title {@code 关于N项目绩效自评报告}, {@code “N”项目绩效评价报告}.</li>
 * </ul>
 * A quoted name counts only where the phrase makes it the evaluated project (followed by 项目, 专项 …),
 * never any quotation of the text; an unquoted name only where it ends as a project name does.
 */
public final class RolePhrases {

    private static final String NOT_CLAUSE = "[^,，。;；:：“”\"《》]";
    private static final String ORGANISATION_END =
            "(?:局|委员会|委|办公室|办|中心|厅|院|所|站|馆|学校|大学|医院|政府|部|处|室|队|会|社|公司|事务所)";
    private static final Pattern COMMISSIONED = Pattern.compile("受(" + NOT_CLAUSE + "{2,40}?)(?:的)?委托");
    /** The evaluator named right after 受…委托，: a firm or institute, not 评价组 / 我单位. */
    private static final Pattern EVALUATOR = Pattern.compile("委托[,，]?(" + NOT_CLAUSE + "{2,40}?(?:公司|事务所|研究院|研究所|研究中心|评估中心|咨询中心|会计师事务所))"
            + "(?=对|就|承担|开展|于|组织|负责|按照|根据|依据|[,，])");
    /** 对Z(组织)实施的“N”: the unit that carries out the quoted project. */
    private static final Pattern IMPLEMENTER = Pattern.compile("对(" + NOT_CLAUSE + "{2,40}?" + ORGANISATION_END
            + ")(?:组织实施|负责实施|实施|承担|负责|开展)?的?[“\"]");
    /** 本项目主管部门为X, 预算单位是X: the department stated in a sentence. */
    private static final Pattern STATED_DEPARTMENT = Pattern.compile("(?:主管部门|主管单位|预算部门|预算单位|归口管理部门)(?:为|是)("
            + NOT_CLAUSE + "{2,40}?" + ORGANISATION_END + ")(?=[,，。;；、(（]|$)");
    /** 实施单位为Y: the implementing unit stated in a sentence. */
    private static final Pattern STATED_IMPLEMENTER = Pattern.compile("(?:实施单位|执行单位|承担单位|项目单位)(?:为|是)("
            + NOT_CLAUSE + "{2,40}?" + ORGANISATION_END + ")(?=[,，。;；、(（]|$)");
    /** 由X主管 / 由Y负责实施. */
    private static final Pattern MANAGED_BY = Pattern.compile("由(" + NOT_CLAUSE + "{2,40}?" + ORGANISATION_END
            + ")(?:主管|归口管理)");
    private static final Pattern CARRIED_OUT_BY = Pattern.compile("由(" + NOT_CLAUSE + "{2,40}?" + ORGANISATION_END
            + ")(?:负责实施|组织实施|具体实施|实施|承担)");
    private static final Pattern QUOTED_PROJECT = Pattern.compile("[“\"]([^”\"]{2,80})[”\"](?:项目|专项|资金|工程|经费|政策|财政)");
    private static final String PROJECT_END = "(?:项目|专项资金|专项经费|专项|资金|经费|工程|计划)";
    private static final Pattern SELF_EVALUATED = Pattern.compile("(?:^|[:：,，。;；])(?:对|关于)?(" + NOT_CLAUSE + "{2,60}?"
            + PROJECT_END + ")(?:的|支出)*(?:绩效自评|自评价|绩效评价结果|自评结果)");
    private static final Pattern TITLE_NAME = Pattern.compile("^(?:关于)?(.{2,80}?" + PROJECT_END + ")(?:的)?(?:支出|整体)?"
            + "(?:财政资金|财政支出|资金)?(?:绩效(?:自评价?|评价|自评)|自评价?)(?:报告|结果|情况)");
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:(?:19|20)\\d{2}年度?)");
    private static final Pattern LEADING_ORGANISATION = Pattern.compile("^.{2,30}?(?:局|委员会|办公室|中心|厅|政府)(?=(?:19|20)\\d{2}年)");
    /** A name that starts as a recommendation or a verb phrase is a sentence, not a name. */
    private static final Pattern SENTENCE_START = Pattern.compile("^(?:建议|通过|根据|按照|为了|为|在|对|将|经|由|结合|加强|进一步|本次|本项目|该项目|其中|以及|并)");
    /** A name made only of generic words (财政项目, 2023年度专项资金) names no project. */
    private static final Pattern GENERIC_NAME = Pattern.compile(
            "^(?:(?:19|20)\\d{2}年度?)?(?:财政|预算|部门|单位|专项|重点|市级|省级|县级|区级|本级|一级|二级|项目支出|支出)*"
                    + "(?:项目|资金|专项|经费)$");
    /** A finance body commissions evaluations of other departments' projects; it is not their department. */
    private static final Pattern FINANCE_BODY = Pattern.compile(".*财政(?:局|厅|部|委员会|所)$");
    /**
     * A name never opens with a conjunction (与, 和, 及 …): one that does lost its front to a stamp or a
     * break the scan's line detector made in the title.
     */
    private static final Pattern CUT_FRONT = Pattern.compile("^[与和及或并暨、]");
    /** What ends the clause before a name: punctuation, whitespace, a digit. */
    private static final String CLAUSE_BREAKS = ",，。;；:：、“”\"《》()（）0123456789 \t\n\u000B\f\r";
    /** A title's name this long or longer may be read from its twin in the text, by its last characters. */
    private static final int MIN_TWIN_LENGTH = 6;
    private static final int TWIN_ENDING = 4;

    private RolePhrases() {
    }

    /**
     * What the running text states: the roles of the commissioning sentence, and the project a result
     * sentence names (weaker: such sentences also name programmes and activities).
     */
    record Stated(ReportRoles roles, Optional<String> resultSentenceName) {
    }

    /** The roles the running text states (whitespace already removed, wrapped lines joined). */
    static Stated fromText(String text) {
        String commissioning = find(COMMISSIONED, text).orElse(null);
        String department = find(STATED_DEPARTMENT, text).or(() -> find(MANAGED_BY, text))
                .or(() -> Optional.ofNullable(commissioning).filter(c -> !FINANCE_BODY.matcher(c).matches()))
                .orElse(null);
        String sentence = commissioning == null ? text : sentenceAround(text, text.indexOf("受" + commissioning));
        String name = find(QUOTED_PROJECT, sentence).filter(RolePhrases::isName).orElse(null);
        String implementer = find(IMPLEMENTER, sentence).filter(z -> !z.equals(commissioning))
                .or(() -> find(STATED_IMPLEMENTER, text)).or(() -> find(CARRIED_OUT_BY, text)).orElse(null);
        String evaluator = find(EVALUATOR, sentence).orElse(null);
        return new Stated(new ReportRoles(name, department, implementer, commissioning, evaluator), selfEvaluated(text));
    }

    /**
     * The project a title names: {@code 关于N项目绩效自评报告}, {@code “N”财政资金绩效评价报告}. A year
     * before the name is the report's period ({@code 2022年度N项目绩效自评报告}) unless the document's
     * text (whitespace removed) calls the project by it again: then it is part of the name.
     */
    static Optional<String> fromTitle(List<String> titleLines, String text) {
        for (String line : titleLines) {
            Matcher matcher = TITLE_NAME.matcher(line.replaceAll("\\s+", ""));
            if (matcher.find()) {
                String named = LEADING_ORGANISATION.matcher(matcher.group(1)).replaceFirst("");
                String name = occurrences(text, named) > 1 ? named : LEADING_YEAR.matcher(named).replaceFirst("");
                if (isName(name)) {
                    return Optional.of(twinInText(name, text));
                }
            }
        }
        // a quoted name may wrap over the title's lines: “2018年…系统（运维）” / 财政资金绩效评价报告
        return find(QUOTED_PROJECT, String.join("", titleLines).replaceAll("\\s+", "")).filter(RolePhrases::isName);
    }

    /**
     * The name as the text repeats it where the title's reading stands alone: a stamp or a scan's blur
     * over a title (关于二生髓事信息化建设项目…, for 卫生健康) leaves a name the text never repeats, while
     * the text names the project twice or more: by the name's end alone (a slip before it), or with
     * the same ending and at most a third of the characters otherwise. Else the title's name.
     */
    static String twinInText(String name, String text) {
        if (CUT_FRONT.matcher(name).find()) {
            String front = frontInText(name, text);
            if (!front.isEmpty() && isName(front + name)) {
                return front + name;
            }
        }
        int length = name.length();
        if (occurrences(text, name) > 1 || length < MIN_TWIN_LENGTH) {
            return name;
        }
        Optional<String> twin = repeatedTwin(name, text);
        if (twin.isPresent() && twin.get().charAt(0) == name.charAt(0)) {
            // a slip inside the name (城乡吕民 for 城乡居民): the text's whole name, not the end after the slip
            return twin.get();
        }
        // a slip at the front (关于 read as 关丁, so 丁 opens the name): the longest end the text repeats
        for (int start = 1; (length - start) * 3 >= length * 2 && length - start >= MIN_TWIN_LENGTH; start++) {
            String end = name.substring(start);
            if (occurrences(text, end) >= 2 && isName(end)) {
                return end;
            }
        }
        return twin.orElse(name);
    }

    /**
     * The reading of the name that the text repeats twice or more, as long as the name, with its
     * ending and at most a third of its characters otherwise.
     */
    private static Optional<String> repeatedTwin(String name, String text) {
        int length = name.length();
        String ending = name.substring(length - TWIN_ENDING);
        Map<String, Integer> twins = new HashMap<>();
        for (int at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + 1)) {
            int start = at + TWIN_ENDING - length;
            if (start < 0) {
                continue;
            }
            String twin = text.substring(start, start + length);
            if (!twin.equals(name) && Misreadings.differences(twin, name) * 3 <= length) {
                twins.merge(twin, 1, Integer::sum);
            }
        }
        return twins.entrySet().stream().filter(e -> e.getValue() >= 2 && isName(e.getKey()))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * What the text puts in front of the mentions of a name, back to the clause's start: the characters
     * two or more mentions share there. A mention with nothing in front (the title's own line, cut the
     * same way) says nothing.
     */
    private static String frontInText(String name, String text) {
        String front = null;
        int mentions = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            int start = at;
            while (start > 0 && CLAUSE_BREAKS.indexOf(text.charAt(start - 1)) < 0) {
                start--;
            }
            if (start < at) {
                String before = text.substring(start, at);
                front = front == null ? before : commonEnd(front, before);
                mentions++;
            }
        }
        return mentions >= 2 ? front : "";
    }

    private static String commonEnd(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return a.substring(a.length() - n);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static Optional<String> selfEvaluated(String text) {
        Matcher matcher = SELF_EVALUATED.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (isName(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Whether a phrase's project is a name: not a sentence, not a reference (本项目), not generic words (财政项目). */
    public static boolean isName(String name) {
        return name.length() >= 3 && !SENTENCE_START.matcher(name).find() && !name.matches(".*(?:本|该|此)项目$")
                && !GENERIC_NAME.matcher(name).matches();
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The sentence of the text that contains the given index (up to the next 。). */
    private static String sentenceAround(String text, int index) {
        int start = Math.max(0, text.lastIndexOf('。', Math.max(0, index - 1)) + 1);
        int end = text.indexOf('。', index);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
