package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A line of a project's breakdown (子项目 / 项目内容).
 *
 * @param amountYuan the line's budget: its first money column
 * @param amounts    further money columns of the line by kind, in 元
 */
public record SubItem(String name,
                      @JsonSerialize(using = Money.Serializer.class) BigDecimal amountYuan,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY)
                      @JsonSerialize(contentUsing = Money.Serializer.class) Map<FundingKind, BigDecimal> amounts) {

    public SubItem {
        // in the kinds' order: Map.copyOf iterates in an order that changes from run to run, and so did the JSON
        amounts = amounts == null || amounts.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(Map.copyOf(amounts)));
    }
}
