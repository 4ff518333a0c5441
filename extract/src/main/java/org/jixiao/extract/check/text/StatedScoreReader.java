package org.jixiao.extract.check.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.text.StatedScore.Origin;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.layout.Table;

/**
 * Reads the points and scores a document states for groups of indicators: headings of the running
 * text ({@code B3 组织实施（12 分，得 11 分）}, {@code A1 项目立项（6 分）}) and rows of score tables
 * whose label is not an indicator of its own (a summary table, a group's subtotal row, a 总分 row).
 * Which labels are groups is for the caller to decide: the reader only reads.
 */
public final class StatedScoreReader {

    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[(]?[一二三四五六七八九十\\d]{1,2}[)、.])?"
                    + "([A-Z]\\d{0,3}[^(,，:：。;；]{1,30}?|[\\p{IsHan}、]{2,30}?)"
                    + "[(](?:满分|分值|权重)?" + NUM + "分"
                    + "(?:[,;，；](?:实际)?得分?" + NUM + "分?)?[)]");
    private static final Pattern WEIGHT_HEADER = Pattern.compile("分值|权重|标准分|满分");
    private static final Pattern SCORE_HEADER = Pattern.compile("得分|评分结果|评分$|^评分|自评分|评价分");
    private static final Pattern NOT_A_LABEL_HEADER = Pattern.compile("值|说明|解释|标准|依据|细则|原因|方法|措施|来源");

    private StatedScoreReader() {
    }

    public static List<StatedScore> read(PageText text, DocumentLayout layout) {
        List<StatedScore> stated = new ArrayList<>(fromText(text));
        for (Table table : layout.tables()) {
            stated.addAll(fromTable(table));
        }
        return List.copyOf(stated);
    }

    static List<StatedScore> fromText(PageText text) {
        List<StatedScore> stated = new ArrayList<>();
        List<PageText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            PageText.Line line = lines.get(i);
            Optional<StatedScore> heading = heading(line.text(), line.page());
            boolean wrapped = heading.isEmpty() && line.text().contains("(") && !line.text().contains(")")
                    && i + 1 < lines.size() && lines.get(i + 1).page() == line.page();
            if (wrapped) {
                heading = heading(line.text() + lines.get(i + 1).text(), line.page());
            }
            heading.ifPresent(stated::add);
        }
        return stated;
    }

    private static Optional<StatedScore> heading(String line, int page) {
        Matcher m = HEADING.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal score = m.group(3) == null ? null : new BigDecimal(m.group(3));
        return Optional.of(new StatedScore(m.group(1), new BigDecimal(m.group(2)), score, page,
                m.group().substring(m.start(1) - m.start()), Origin.TEXT));
    }

    static List<StatedScore> fromTable(Table table) {
        int header = -1;
        int weightColumn = -1;
        int scoreColumn = -1;
        for (int row = 0; row < Math.min(3, table.rowCount()) && header < 0; row++) {
            List<String> texts = normalized(table.rowTexts(row));
            weightColumn = firstMatching(texts, WEIGHT_HEADER);
            scoreColumn = firstMatching(texts, SCORE_HEADER);
            if (weightColumn >= 0 && scoreColumn >= 0 && weightColumn != scoreColumn) {
                header = row;
            }
        }
        if (header < 0) {
            return List.of();
        }
        List<String> headerTexts = normalized(table.rowTexts(header));
        int firstValueColumn = Math.min(weightColumn, scoreColumn);
        List<StatedScore> stated = new ArrayList<>();
        for (int row = header + 1; row < table.rowCount(); row++) {
            List<String> texts = normalized(table.rowTexts(row));
            String label = null;
            for (int column = firstValueColumn - 1; column >= 0 && label == null; column--) {
                if (!texts.get(column).isEmpty() && !NOT_A_LABEL_HEADER.matcher(headerTexts.get(column)).find()) {
                    label = texts.get(column);
                }
            }
            Optional<BigDecimal> points = Printed.plainNumber(texts.get(weightColumn));
            Optional<BigDecimal> score = Printed.plainNumber(texts.get(scoreColumn));
            if (label != null && (points.isPresent() || score.isPresent())) {
                String quote = label + " " + texts.get(weightColumn) + " " + texts.get(scoreColumn);
                stated.add(new StatedScore(label, points.orElse(null), score.orElse(null), table.pageOfRow(row),
                        quote.strip(), Origin.TABLE));
            }
        }
        return stated;
    }

    private static List<String> normalized(List<String> texts) {
        return texts.stream().map(PageText::normalize).toList();
    }

    private static int firstMatching(List<String> texts, Pattern pattern) {
        for (int i = 0; i < texts.size(); i++) {
            if (pattern.matcher(texts.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }
}
