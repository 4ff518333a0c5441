package org.jixiao.extract.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TreeSumsTest {

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void aClassLineWithItsSectionsAndItemsAddsUpAtItsTopLevel() {
        // 201 一般公共服务支出 2106.66 > 20106 财政事务 2106.66 > 行政运行 1511.89, 一般行政管理事务 594.77;
        // 208 社会保障和就业支出 326.71 (no lines under it)
        List<BigDecimal> lines = values("2106.66", "2106.66", "1511.89", "594.77", "326.71");
        assertTrue(TreeSums.addUpAsOutline(lines, new BigDecimal("2433.37"), HALF_CENT));
    }

    @Test
    void aWrongTotalDoesNotAddUpHoweverTheLinesAreNested() {
        List<BigDecimal> lines = values("2106.66", "2106.66", "1511.89", "594.77", "326.71");
        assertFalse(TreeSums.addUpAsOutline(lines, new BigDecimal("2433.47"), HALF_CENT));
        assertFalse(TreeSums.addUpAsOutline(values("100", "40", "50"), new BigDecimal("100"), HALF_CENT),
                "a parent whose lines do not add up to it is no parent");
    }

    @Test
    void flatLinesAddUpAsTheirPlainSum() {
        assertTrue(TreeSums.addUpAsOutline(values("10.00", "20.00", "30.00"), new BigDecimal("60.00"), HALF_CENT));
    }
}
