package org.jixiao.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Glyph;
import org.jixiao.ingest.TextElement;
import org.junit.jupiter.api.Test;

/** Columns read against their closed set, with the recogniser's candidates as the scans gave them. */
class ClosedSetRepairTest {

    private final ClosedSetRepair repair = ClosedSetRepair.standard();

    /** One OCR'd element: each character with its candidates, given as text, probability, text, probability… */
    private static TextElement read(int row, Object[]... characters) {
        List<Glyph> glyphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Object[] candidates : characters) {
            List<Glyph.Candidate> list = new ArrayList<>();
            for (int i = 0; i < candidates.length; i += 2) {
                list.add(new Glyph.Candidate((String) candidates[i], ((Number) candidates[i + 1]).floatValue()));
            }
            glyphs.add(new Glyph((String) candidates[0], list));
            text.append(candidates[0]);
        }
        return new TextElement(text.toString(), Box.of(10, 20 * row, 20, 20 * row + 10), 9, 0.5f, glyphs);
    }

    private static Object[] sure(String character) {
        return new Object[] {character, 0.99f};
    }

    private static List<String> texts(List<List<TextElement>> cells) {
        return cells.stream().map(c -> String.join("", c.stream().map(TextElement::text).toList())).toList();
    }

    @Test
    void underASignHeaderA2IsTheGreaterOrEqualSignAndAnSTheLessOrEqualSign() {
        List<List<TextElement>> cells = List.of(
                List.of(read(0, sure("计"), sure("算"), sure("符"), sure("号"))),
                List.of(read(1, new Object[] {"2", 0.97f, "?", 0.01f})),
                List.of(read(2, new Object[] {"2", 0.31f, ">", 0.10f, "N", 0.05f})),
                List.of(read(3, new Object[] {"s", 0.54f, "S", 0.33f, "$", 0.11f})),
                List.of());
        assertEquals(List.of("计算符号", "≥", "≥", "≤", ""), texts(repair.repair(cells, new int[] {0, 0, 0, 0, 0})));
    }

    @Test
    void specksAtTheEdgesOfACellAreDroppedAndTheSignBeneathThemRead() {
        List<List<TextElement>> cells = CellSpecks.strip(List.of(
                List.of(read(0, sure("符"), sure("号"))),
                List.of(read(1, new Object[] {"s", 0.54f, "S", 0.33f, "$", 0.11f}, new Object[] {".", 0.76f, ":", 0.09f})),
                List.of(read(2, new Object[] {"·", 0.49f, ".", 0.28f})),
                List.of(read(3, sure("·"), sure("防"), sure("洪"), sure("能"), sure("力"), sure("“"))),
                List.of(read(4, sure("≥"), sure("6"), sure("7"), sure("个"), sure("·"))),
                List.of(read(5, sure("."), sure("5"))),
                List.of(read(6, sure("“"), sure("送"), sure("戏"), sure("”"))),
                List.of(new TextElement("完成.", Box.of(10, 140, 20, 150), 9, 1f))));
        assertEquals(List.of("符号", "≤", "", "防洪能力", "≥67个", ".5", "“送戏”", "完成."),
                texts(repair.repair(cells, new int[] {0, 0, 0, -1, -1, -1, -1, -1})));
    }

    @Test
    void aColonAfterAFigureAndAQuoteClosingNothingAreSpecks() {
        List<List<TextElement>> cells = CellSpecks.strip(List.of(
                List.of(read(0, sure("7"), sure(":"))),
                List.of(read(1, sure("有"), sure("所"), sure("提"), sure("升"), sure("\""))),
                List.of(read(2, sure("负"), sure("责"), sure("人"), sure("："))),
                List.of(read(3, sure("\""), sure("送"), sure("戏"), sure("\""))),
                List.of(read(4, sure("送"), sure("戏"), sure("”"))),
                List.of(read(5, sure("“"), sure("送"), sure("戏"), sure("”"))),
                List.of(read(6, sure("0"), sure("."), sure("0"), sure("0"), sure("°"))),
                List.of(read(7, sure("≤"), sure("2"), sure("5"), sure("°")))));
        assertEquals(List.of("7", "有所提升", "负责人：", "\"送戏\"", "送戏", "“送戏”", "0.00", "≤25°"),
                texts(repair.repair(cells, new int[] {-1, -1, -1, -1, -1, -1, -1, -1})));
    }

    @Test
    void aDotBetweenTwoIdeographsIsASpeck() {
        List<List<TextElement>> cells = CellSpecks.strip(List.of(
                List.of(read(0, sure("租"), sure("赁"), sure("费"), sure("."), sure("用"))),
                List.of(read(1, sure("1"), sure("."), sure("5"), sure("万"), sure("元"))),
                List.of(read(2, sure("第"), sure("1"), sure("."), sure("项"))),
                List.of(new TextElement("费.用", Box.of(10, 140, 20, 150), 9, 1f)),
                List.of(read(4, sure("年"), sure("租"), sure("赁"), sure("费"), sure(".")), read(4, sure("用"))),
                List.of(read(5, sure("运"), sure("行"), sure("率"), new Object[] {"。", 0.26f, "．", 0.24f, ".", 0.13f})),
                List.of(read(6, sure("完"), sure("成"), sure("。")))));
        assertEquals(List.of("租赁费用", "1.5万元", "第1.项", "费.用", "年租赁费用", "运行率", "完成。"),
                texts(repair.repair(cells, new int[] {-1, -1, -1, -1, -1, -1, -1})));
    }

    @Test
    void withoutTheHeaderAColumnOfTwosStaysDigits() {
        List<List<TextElement>> cells = List.of(
                List.of(read(0, sure("分"), sure("值"))),
                List.of(read(1, new Object[] {"2", 0.97f, "?", 0.01f})),
                List.of(read(2, new Object[] {"2", 0.94f, "Z", 0.01f})),
                List.of(read(3, new Object[] {"2", 0.90f, "z", 0.02f})),
                List.of(read(4, new Object[] {"2", 0.95f})));
        assertEquals(List.of("分值", "2", "2", "2", "2"), texts(repair.repair(cells, new int[] {0, 0, 0, 0, 0})));
    }

    @Test
    void underASignHeaderACellFarFromEverySignStaysAsRead() {
        List<List<TextElement>> cells = List.of(
                List.of(read(0, sure("符"), sure("号"))),
                List.of(read(1, sure("合"), sure("计"))),
                List.of(read(2, new Object[] {"V", 0.6f, "N", 0.2f})));
        assertEquals(List.of("符号", "合计", "≥"), texts(repair.repair(cells, new int[] {0, 0, 0})));
    }
}
