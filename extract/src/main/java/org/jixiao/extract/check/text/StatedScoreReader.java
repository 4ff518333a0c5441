package org.jixiao.extract.check.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.check.Printed;
import org.jixiao.extract.check.text.StatedScore.Origin;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.form.LabelConfig.IndicatorColumn;
import org.jixiao.extract.layout.Cell;
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
    private static final Pattern NOT_A_LABEL_HEADER = Pattern.compile("值|说明|解释|标准|依据|细则|原因|方法|措施|来源");

    private StatedScoreReader() {
    }

    public static List<StatedScore> read(PageText text, DocumentLayout layout, LabelClassifier labels) {
        List<StatedScore> stated = new ArrayList<>(fromText(text));
        for (Table table : layout.tables()) {
            stated.addAll(fromTable(table, labels));
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

    /**
     * The rows of a score table: its 分值 and 得分 columns are those whose headers the label vocabulary
     * names so ({@code indicator weight} and {@code score} of labels.tsv), so that a column beside them
     * that only speaks of scoring (评分细则, 评分标准) is neither.
     */
    static List<StatedScore> fromTable(Table table, LabelClassifier labels) {
        int header = -1;
        int weightColumn = -1;
        int scoreColumn = -1;
        for (int row = 0; row < Math.min(3, table.rowCount()) && header < 0; row++) {
            List<String> texts = normalized(table.rowTexts(row));
            weightColumn = firstNaming(texts, labels, IndicatorColumn.WEIGHT);
            scoreColumn = firstNaming(texts, labels, IndicatorColumn.SCORE);
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
            // a figure OCR was unsure of is no statement to check the indicators against (a total 100 read 10)
            Optional<BigDecimal> points = doubtful(table, row, weightColumn) ? Optional.empty()
                    : Printed.plainNumber(texts.get(weightColumn));
            Optional<BigDecimal> score = doubtful(table, row, scoreColumn) ? Optional.empty()
                    : Printed.plainNumber(texts.get(scoreColumn));
            if (label != null && (points.isPresent() || score.isPresent())) {
                String quote = label + " " + texts.get(weightColumn) + " " + texts.get(scoreColumn);
                stated.add(new StatedScore(label, points.orElse(null), score.orElse(null), table.pageOfRow(row),
                        quote.strip(), Origin.TABLE));
            }
        }
        return stated;
    }

    private static boolean doubtful(Table table, int row, int column) {
        Cell cell = table.cellAt(row, column);
        return cell != null && cell.isDoubtful();
    }

    private static List<String> normalized(List<String> texts) {
        return texts.stream().map(PageText::normalize).toList();
    }

    private static int firstNaming(List<String> texts, LabelClassifier labels, IndicatorColumn column) {
        for (int i = 0; i < texts.size(); i++) {
            if (labels.classifyExact(labels.config().indicatorColumns(), texts.get(i)).filter(column::equals).isPresent()) {
                return i;
            }
        }
        return -1;
    }
}
