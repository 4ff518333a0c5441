package org.jixiao.extract.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSetTest {

    private final LabelSet<String> set = new LabelSet<>(Map.of(
            "name", List.of("项目名称"),
            "department", List.of("主管部门")));

    @Test
    void aVariantStandsInALabelOnlyAsWholeWords() {
        assertTrue(set.longestContained(List.of("子项目名称")).isEmpty());
        assertTrue(set.longestContained(List.of("子项", "目名称")).isEmpty(), "starts inside a word");
        assertEquals("name", set.longestContained(List.of("本", "项目名称")).orElseThrow().key());
    }

    @Test
    void aVariantMayRunOverSeveralWords() {
        LabelSet.Match<String> match = set.longestContained(List.of("项目", "主管", "部门", "名称")).orElseThrow();
        assertEquals("department", match.key());
        assertEquals(4, match.length());
    }

    @Test
    void aLaterOccurrenceOnWordBoundariesCounts() {
        // the first 项目名称 starts inside 子项目名称; the second is a word of its own
        assertEquals("name", set.longestContained(List.of("子项目名称", "项目名称")).orElseThrow().key());
    }

    @Test
    void theLongestVariantWins() {
        LabelSet<String> nested = new LabelSet<>(Map.of("short", List.of("资金"), "long", List.of("财政资金")));
        assertEquals("long", nested.longestContained(List.of("财政资金", "来源")).orElseThrow().key());
        assertEquals("short", nested.longestContained(List.of("其他", "资金")).orElseThrow().key());
    }

    @Test
    void aLabelNoVariantOccursInNeedsNoSegmentation() {
        assertTrue(set.anyVariantIn("本项目名称"));
        assertTrue(set.anyVariantIn("子项目名称"), "a substring, whatever the words: segmentation decides");
        assertFalse(set.anyVariantIn("项目 名称"));
        assertFalse(set.anyVariantIn("年度绩效目标"));
        assertFalse(set.anyVariantIn(""));
    }
}
