package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** The unit a page prints an amount in; the record keeps 元 whatever the page printed. */
public enum MoneyUnit {
    YUAN("元", 0),
    TEN_THOUSAND_YUAN("万元", 4);

    private final String printed;
    private final int placesOfYuan;

    MoneyUnit(String printed, int placesOfYuan) {
        this.printed = printed;
        this.placesOfYuan = placesOfYuan;
    }

    /** As printed and in the JSON: {@code 元}, {@code 万元}. */
    @JsonValue
    public String printed() {
        return printed;
    }

    /** An amount in 元 expressed in this unit, exactly: 3,568,000 元 is 356.8 万元. */
    public BigDecimal fromYuan(BigDecimal yuan) {
        return yuan.movePointLeft(placesOfYuan);
    }
}
