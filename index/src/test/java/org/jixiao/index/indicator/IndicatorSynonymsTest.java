package org.jixiao.index.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorSynonymsTest {

    @Test
    void expandsANameToEachOtherMemberOfItsGroup() {
        IndicatorSynonyms synonyms = IndicatorSynonyms.parse("test", List.of("# comment", "", "系统正常运行率, 系统可用率，平台可用率"));
        assertEquals(List.of("系统可用率", "系统正常运行率", "平台可用率"), List.copyOf(synonyms.expand("系统可用率")));
        assertEquals(List.of("医保系统可用率", "医保系统正常运行率", "医保平台可用率"), List.copyOf(synonyms.expand("医保系统可用率")));
        assertEquals(Set.of("满意度"), synonyms.expand("满意度"));
    }

    @Test
    void theShippedListHoldsTheIssuesExample() {
        assertTrue(IndicatorSynonyms.defaults().expand("系统可用率").contains("系统正常运行率"));
    }

    @Test
    void aBureauFileExtendsTheShippedList(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("synonyms.txt"), "群众满意度, 服务对象满意度\n");
        IndicatorSynonyms synonyms = IndicatorSynonyms.defaults().with(IndicatorSynonyms.read(file));
        assertTrue(synonyms.expand("群众满意度").contains("服务对象满意度"));
        assertTrue(synonyms.expand("系统可用率").contains("系统正常运行率"));
    }

    @Test
    void badLinesAreRefusedWithFileAndLine() {
        IllegalArgumentException oneWay = assertThrows(IllegalArgumentException.class,
                () -> IndicatorSynonyms.parse("synonyms.txt", List.of("a, b", "可用率 => 运行率")));
        assertTrue(oneWay.getMessage().startsWith("synonyms.txt:2:"), oneWay.getMessage());
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> IndicatorSynonyms.parse("synonyms.txt", List.of("可用率")));
        assertTrue(single.getMessage().startsWith("synonyms.txt:1:"), single.getMessage());
    }
}
