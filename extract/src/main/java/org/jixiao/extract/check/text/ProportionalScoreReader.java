package org.jixiao.extract.check.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, section by section of an evaluation report's indicator analysis, the proportional formulas
 * the text states and the figures it scores with them. A section starts at a coded heading
 * ({@code C23 系统使用者满意度}); the percentage scored is the last one the section reports that is
 * neither in the formula nor a threshold.
 */
public final class ProportionalScoreReader {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern HEADING = Pattern.compile("^[A-Z]\\d{0,4}(?=\\p{IsHan})");
    private static final Pattern FORMULA = Pattern.compile("([\\p{IsHan}]{2,12}?)得分=[^;；。]{0,20}?/100%[×xX*]" + NUM);
    private static final Pattern THRESHOLD = Pattern.compile("在" + NUM + "%及?以上");
    private static final Pattern PERCENT = Pattern.compile(NUM + "%(?!及?以[上下]|[×xX*])");
    private static final Pattern SCORED = Pattern.compile("满分" + NUM + "分?[,，;；]?得分?" + NUM + "分");

    private ProportionalScoreReader() {
    }

    public static List<ProportionalScore> read(PageText text) {
        List<ProportionalScore> scores = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        String heading = null;
        int page = 0;
        for (PageText.Line line : text.lines()) {
            if (HEADING.matcher(line.text()).find()) {
                section(heading, section.toString(), page).ifPresent(scores::add);
                section.setLength(0);
                heading = line.text();
            }
            section.append(line.text());
            page = line.page();
        }
        section(heading, section.toString(), page).ifPresent(scores::add);
        return List.copyOf(scores);
    }

    private static Optional<ProportionalScore> section(String heading, String text, int page) {
        Matcher formula = FORMULA.matcher(text);
        Matcher scored = SCORED.matcher(text);
        if (heading == null || !formula.find() || !scored.find()) {
            return Optional.empty();
        }
        Matcher threshold = THRESHOLD.matcher(text);
        BigDecimal below = threshold.find() ? new BigDecimal(threshold.group(1)) : null;
        String beforeScore = text.substring(0, scored.start());
        Matcher percent = PERCENT.matcher(beforeScore);
        BigDecimal reported = null;
        while (percent.find()) {
            boolean inFormula = percent.start() >= formula.start() && percent.start() < formula.end();
            boolean divisor = beforeScore.startsWith("/", Math.max(0, percent.start() - 1));
            if (!inFormula && !divisor) {
                reported = new BigDecimal(percent.group(1));
            }
        }
        if (reported == null) {
            return Optional.empty();
        }
        return Optional.of(new ProportionalScore(heading, formula.group(1), new BigDecimal(formula.group(2)), below,
                reported, new BigDecimal(scored.group(1)), new BigDecimal(scored.group(2)), page));
    }
}
