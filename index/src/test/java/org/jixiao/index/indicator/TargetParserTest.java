package org.jixiao.index.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetParserTest {

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "≥95%            | GE       | 95     | %",
            ">=90%           | GE       | 90     | %",
            "≥6 次           | GE       | 6      | 次",
            "不低于90%       | GE       | 90     | %",
            "<=15个工作日    | LE       | 15     | 个工作日",
            "≤10万元         | LE       | 10     | 万元",
            "等于95%         | EQ       | 95     | %",
            "=62台（套）     | EQ       | 62     | 台(套)",
            "=0起            | EQ       | 0      | 起",
            "15%及其以下     | LE       | 15     | %",
            "控制在5%以内    | LE       | 5      | %",
            ">98%            | GT       | 98     | %",
            "大于 90         | GT       | 90     | ''",
            "100％           | UNSTATED | 100    | %",
            "0.5小时         | UNSTATED | 0.5    | 小时",
            "≥1,000人        | GE       | 1000   | 人",
            "＞＝80％        | GE       | 80     | %",
    })
    void readsSignNumberAndUnit(String printed, Sign sign, String value, String unit) {
        Target target = TargetParser.parse(printed);
        assertEquals(sign, target.sign());
        assertEquals(new BigDecimal(value), target.value());
        assertEquals(unit, target.unit());
        assertEquals(printed, target.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"健全", "等保三级", "按时间节点保障落实", "2023年12月底前完成", "90%-95%", "", "  "})
    void keepsWordsAndUnclearFiguresAsWords(String printed) {
        Target target = TargetParser.parse(printed);
        assertFalse(target.isQuantitative());
        assertNull(target.value());
        assertEquals(Sign.UNSTATED, target.sign());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"≥95%|≥95%", "不低于90.0%|≥90.0%", "100%|100%", "健全|健全", "=62台（套）|=62台(套)"})
    void normalisesToSymbolNumberUnit(String printed, String normalized) {
        assertEquals(normalized, TargetParser.parse(printed).normalized());
    }
}
