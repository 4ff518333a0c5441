package org.jixiao.extract.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubItemTest {

    @Test
    void amountsComeInTheKindsOrderWhateverOrderTheyWereGiven() {
        Map<FundingKind, BigDecimal> given = new HashMap<>();
        for (FundingKind kind : List.of(FundingKind.BALANCE, FundingKind.SPENT, FundingKind.RECEIVED,
                FundingKind.ADJUSTED_BUDGET, FundingKind.BUDGET, FundingKind.FISCAL)) {
            given.put(kind, BigDecimal.ONE);
        }
        SubItem item = new SubItem("设备购置", BigDecimal.TEN, given);
        assertEquals(List.of(FundingKind.FISCAL, FundingKind.BUDGET, FundingKind.ADJUSTED_BUDGET, FundingKind.RECEIVED,
                FundingKind.SPENT, FundingKind.BALANCE), List.copyOf(item.amounts().keySet()));
        assertEquals(given, item.amounts());
    }

    @Test
    void noAmountsIsAnEmptyMap() {
        assertEquals(Map.of(), new SubItem("设备购置", BigDecimal.TEN, null).amounts());
        assertEquals(Map.of(), new SubItem("设备购置", BigDecimal.TEN, Map.of()).amounts());
    }
}
