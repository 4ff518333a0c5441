package org.jixiao.extract.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.extract.layout.Block;
import org.jixiao.extract.layout.Cell;
import org.jixiao.extract.layout.DocumentLayout;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.ingest.TextNormalizer;

/**
 * Reads the amounts that sentences restate under a funding label: the running text and the prose
 * cells of a form (项目概况, 自评结论). Only a label the form's own vocabulary knows, directly
 * followed by its amount and unit, counts: {@code 年度资金总额2249.00万元}, {@code 年初预算为94.18万元}.
 */
public final class StatedAmountReader {

    /** A cell shorter than this is a label or a figure, not a sentence. */
    private static final int MIN_SENTENCE = 16;
    /** A shorter label (预算数, 结余) is too common a word to mark a restatement in running text. */
    private static final int MIN_LABEL = 4;
    /** The kinds a sentence restates as the project's own figure; sources of funds are parts, not restated. */
    private static final Set<FundingKind> RESTATED = EnumSet.of(FundingKind.TOTAL, FundingKind.ANNUAL,
            FundingKind.BUDGET, FundingKind.ADJUSTED_BUDGET, FundingKind.SPENT, FundingKind.RECEIVED, FundingKind.BALANCE);
    private static final Set<FundingKind> SOURCES = EnumSet.of(FundingKind.FISCAL, FundingKind.CENTRAL,
            FundingKind.PROVINCIAL, FundingKind.MUNICIPAL, FundingKind.SELF_RAISED, FundingKind.OTHER);

    private StatedAmountReader() {
    }

    public static List<StatedAmount> read(DocumentLayout layout, LabelClassifier labels) {
        Pattern stated = statedPattern(labels);
        List<StatedAmount> amounts = new ArrayList<>();
        RunningText running = new RunningText();
        List<Block> blocks = layout.blocks();
        for (int index = 0; index < blocks.size(); index++) {
            Block block = blocks.get(index);
            if (block.page() != running.page) {
                running.read(stated, labels, amounts);
                running = new RunningText();
                running.page = block.page();
            }
            if (block instanceof Block.LineBlock line) {
                running.starts.put(running.text.length(), index);
                running.text.append(normalize(line.line().text()));
            } else if (block instanceof Block.TableBlock table) {
                int tableIndex = index;
                for (Cell cell : table.table().cells()) {
                    String text = normalize(cell.text());
                    if (text.length() >= MIN_SENTENCE) {
                        read(stated, text, cell.page(), offset -> new Position(tableIndex, cell.row()), labels, amounts);
                    }
                }
            }
        }
        running.read(stated, labels, amounts);
        return amounts;
    }

    /** A page's running text, its lines joined (a sentence wraps), and the block where each line starts. */
    private static final class RunningText {
        private int page = -1;
        private final StringBuilder text = new StringBuilder();
        private final TreeMap<Integer, Integer> starts = new TreeMap<>();

        void read(Pattern stated, LabelClassifier labels, List<StatedAmount> amounts) {
            if (!starts.isEmpty()) {
                StatedAmountReader.read(stated, text.toString(), page,
                        offset -> new Position(starts.floorEntry(offset).getValue(), 0), labels, amounts);
            }
        }
    }

    /** NFKC and no whitespace, as every text reader compares. */
    private static String normalize(String text) {
        return text == null ? "" : TextNormalizer.standard().normalize(text).replaceAll("\\s+", "");
    }

    /**
     * A restating sentence: a label of the vocabulary standing as a word of its own (延期执行金额 is not
     * 执行金额), then its amount and unit. A label that names a source of funds (财政资金支出数) is that
     * source's part, not the project's figure.
     */
    private static Pattern statedPattern(LabelClassifier labels) {
        Map<FundingKind, List<String>> variants = labels.config().funding().variants();
        List<String> sourceWords = SOURCES.stream().flatMap(kind -> variants.getOrDefault(kind, List.of()).stream())
                .filter(word -> word.length() >= MIN_LABEL).toList();
        String alternatives = RESTATED.stream().flatMap(kind -> variants.getOrDefault(kind, List.of()).stream())
                .filter(word -> word.length() >= MIN_LABEL)
                .filter(word -> sourceWords.stream().noneMatch(word::contains))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).distinct().collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\u4e00-\\u9fff&&[^目为的年]])(" + alternatives + ")"
                + "(?:金额)?(?:为|是|共计|合计|:)?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(万元|元)");
    }

    private static void read(Pattern stated, String text, int page, IntFunction<Position> positionAt,
                             LabelClassifier labels, List<StatedAmount> amounts) {
        Matcher matcher = stated.matcher(text);
        while (matcher.find()) {
            Optional<FundingKind> kind = labels.classifyExact(labels.config().funding(), matcher.group(1));
            if (kind.isEmpty()) {
                continue;
            }
            BigDecimal value = new BigDecimal(matcher.group(2).replace(",", ""));
            BigDecimal yuan = Numbers.toYuan(value,
                    matcher.group(3).equals("万元") ? Numbers.Unit.TEN_THOUSAND_YUAN : Numbers.Unit.YUAN);
            amounts.add(new StatedAmount(matcher.group(1), kind.get(), matcher.group(2) + matcher.group(3), yuan, page,
                    positionAt.apply(matcher.start())));
        }
    }
}
