package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;

/**
 * A stated ratio.
 *
 * @param valuePercent the value in percent with the precision printed ({@code 99.81}, {@code 100})
 */
public record Rate(String label, Kind kind,
                   @JsonSerialize(using = Money.PlainSerializer.class) BigDecimal valuePercent, Integer page) {

    /** What the ratio measures. */
    public enum Kind {
        /** 预算执行率 */
        EXECUTION_RATE,
        /** 资金到位率 */
        ARRIVAL_RATE,
        /** 资金实际支出率 */
        SPEND_RATE,
        OTHER;

        @JsonValue
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
