package org.jixiao.extract.check.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.check.GradeBands;

/**
 * Reads the grading bands a document states, such as {@code 90分（含）以上为优、80（含）-90分为良、60分以下为差}
 * or {@code 优（90-100分）、良（80-89分）}. A document's own bands win over the configured ones.
 */
public final class GradeBandReader {

    private static final String GRADE = "(优秀|良好|合格|不合格|优|良|中等|中|差|较差|一般)";
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    /** {@code 90分(含)以上为优}, {@code 90分及以上为优}, {@code 90以上(含90分)的为优秀}. */
    private static final Pattern FROM = Pattern.compile(NUM + "分?(?:\\(含\\)|\\(含\\d+分?\\))?(?:及以上|以上)(?:\\(含\\d*分?\\))?的?(?:为|是|评为|属于)\"?“?" + GRADE);
    /** {@code 80(含)-90分为良}, {@code 80-89分为良}, {@code 80~89.9分的为良好}. */
    private static final Pattern RANGE = Pattern.compile(NUM + "分?(?:\\(含\\))?[-~—至到]" + NUM + "分?(?:\\(不含\\))?(?:以下|以内)?的?(?:为|是|评为|属于)\"?“?" + GRADE);
    /** {@code 优(90-100分)}, {@code 良好:80-89分}. */
    private static final Pattern NAMED_RANGE = Pattern.compile(GRADE + "[(:：]" + NUM + "分?(?:\\(含\\))?[-~—至到]" + NUM + "分?");
    /** {@code 60分以下为差}: the lowest band. */
    private static final Pattern BELOW = Pattern.compile(NUM + "分?以下(?:\\(不含\\d*分?\\))?的?(?:为|是|评为|属于)\"?“?" + GRADE);

    private GradeBandReader() {
    }

    /** The bands stated on a page, where a page states at least two; empty where none does. */
    public static Optional<GradeBands> read(PageText text) {
        for (String page : text.pages().values()) {
            Map<String, BigDecimal> lowerBounds = new LinkedHashMap<>();
            collect(FROM.matcher(page), 1, 2, lowerBounds);
            collect(RANGE.matcher(page), 1, 3, lowerBounds);
            collect(NAMED_RANGE.matcher(page), 2, 1, lowerBounds);
            Matcher below = BELOW.matcher(page);
            while (below.find()) {
                lowerBounds.putIfAbsent(below.group(2), BigDecimal.ZERO);
            }
            if (lowerBounds.size() >= 2) {
                List<GradeBands.Band> bands = new ArrayList<>();
                lowerBounds.forEach((grade, bound) -> bands.add(new GradeBands.Band(bound, List.of(grade))));
                return Optional.of(new GradeBands(bands));
            }
        }
        return Optional.empty();
    }

    private static void collect(Matcher m, int boundGroup, int gradeGroup, Map<String, BigDecimal> lowerBounds) {
        while (m.find()) {
            lowerBounds.putIfAbsent(m.group(gradeGroup), new BigDecimal(m.group(boundGroup)));
        }
    }
}
