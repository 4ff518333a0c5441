package org.jixiao.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.Character.UnicodeBlock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    private final TextNormalizer normalizer = TextNormalizer.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // Kangxi radicals: NFKC already maps them
        "项⽬名称        | 项目名称",
        "⽀出           | 支出",
        // CJK Radicals Supplement: NFKC leaves them, Unicode's equivalence table maps them
        "⻝品安全        | 食品安全",
        "⻓期目标        | 长期目标",
        "⻔诊           | 门诊",
        "⻅效           | 见效",
        // a range line of the table (2E8C..2E8D)
        "⺌             | 小",
        // full-width digits, signs and punctuation
        "１２３．４５万元  | 123.45万元",
        "９９．８１％     | 99.81%",
        "１，０００      | 1,000",
        "（万元）        | (万元)",
        // look-alike comparison signs
        "≧95%          | ≥95%",
        "≦90万元        | ≤90万元",
    })
    void mapsLookAlikesToTheirCommonForm(String printed, String expected) {
        assertEquals(expected, normalizer.normalize(printed));
    }

    @Test
    void turnsIdeographicAndNoBreakSpacesIntoSpaces() {
        assertEquals("项目 名称 A", normalizer.normalize("项目\u3000名称\u00A0A"));
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "2021年度智慧医保项目绩效目标申报表 ≥ ≤ 达到";
        assertEquals(text, normalizer.normalize(text));
    }

    @Test
    void leavesRadicalsWithoutEquivalentAlone() {
        // U+2E80 CJK RADICAL REPEAT has no unified equivalent in Unicode's table
        assertEquals("\u2E80", normalizer.normalize("\u2E80"));
    }

    @Test
    void passesNullAndEmptyThrough() {
        assertEquals(null, normalizer.normalize(null));
        assertEquals("", normalizer.normalize(""));
    }

    @Test
    void everyAssignedRadicalWithAnEquivalentBecomesAUnifiedIdeograph() {
        int mapped = 0;
        for (int cp = 0x2E81; cp <= 0x2FDF; cp++) {
            if (Character.isDefined(cp)) {
                assertMapsToOneIdeograph(cp);
                mapped++;
            }
        }
        // 114 supplement radicals and 214 Kangxi radicals
        assertEquals(114 + 214, mapped);
    }

    private void assertMapsToOneIdeograph(int radical) {
        String name = "U+" + Integer.toHexString(radical).toUpperCase(java.util.Locale.ROOT);
        String out = normalizer.normalize(Character.toString(radical));
        assertEquals(1, out.codePointCount(0, out.length()), name);
        int result = out.codePointAt(0);
        UnicodeBlock block = UnicodeBlock.of(result);
        // block names rather than Character.isIdeographic: the JDK's Unicode version may predate the target
        assertTrue(block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS"), name + " -> " + out + " in " + block);
    }
}
