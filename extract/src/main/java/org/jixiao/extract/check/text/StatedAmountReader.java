package org.jixiao.extract.check.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.form.Numbers;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.layout.Table;
import org.jixiao.extract.model.FundingKind;

/**
 * Reads the amounts that sentences restate under a funding label: the running text and the prose
 * cells of a form (项目概况, 自评结论). Only a label the form's own vocabulary knows, directly
 * followed by its amount and unit, counts: {@code 年度资金总额2249.00万元}, {@code 年初预算为94.18万元}.
 */
public final class StatedAmountReader {

    /** A cell shorter than this is a label or a figure, not a sentence. */
    private static final int MIN_SENTENCE = 16;
    private static final Pattern STATED = Pattern.compile(
            // the label stands as a word of its own: 延期执行金额 is not 执行金额
            "(?<![\\u4e00-\\u9fff&&[^目为的年]])(年度资金总额|项目资金总额|实施期资金总额|年初预算数?|全年预算数?|调整后预算数?|预算安排|实际支出|实际执行金额|执行金额|资金到位|到位资金|资金结余)"
                    + "(?:金额)?(?:为|是|共计|合计|:)?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(万元|元)");

    private StatedAmountReader() {
    }

    public static List<StatedAmount> read(DocumentLayout layout, LabelClassifier labels) {
        List<StatedAmount> amounts = new ArrayList<>();
        layout.lines().stream().collect(java.util.stream.Collectors.groupingBy(line -> line.page(),
                        java.util.TreeMap::new, java.util.stream.Collectors.mapping(line -> PageText.normalize(line.text()),
                                java.util.stream.Collectors.joining())))
                .forEach((page, text) -> read(text, page, labels, amounts));
        for (Table table : layout.tables()) {
            for (Cell cell : table.cells()) {
                String text = PageText.normalize(cell.text());
                if (text.length() >= MIN_SENTENCE) {
                    read(text, cell.page(), labels, amounts);
                }
            }
        }
        return amounts;
    }

    private static void read(String text, int page, LabelClassifier labels, List<StatedAmount> amounts) {
        Matcher matcher = STATED.matcher(text);
        while (matcher.find()) {
            Optional<FundingKind> kind = labels.classifyExact(labels.config().funding(), matcher.group(1));
            if (kind.isEmpty()) {
                continue;
            }
            BigDecimal value = new BigDecimal(matcher.group(2).replace(",", ""));
            BigDecimal yuan = Numbers.toYuan(value,
                    matcher.group(3).equals("万元") ? Numbers.Unit.TEN_THOUSAND_YUAN : Numbers.Unit.YUAN);
            amounts.add(new StatedAmount(matcher.group(1), kind.get(), matcher.group(2) + matcher.group(3), yuan, page));
        }
    }
}
