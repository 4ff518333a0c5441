package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
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
        amounts = amounts == null ? Map.of() : Map.copyOf(amounts);
    }
}
