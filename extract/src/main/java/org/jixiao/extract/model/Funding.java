package org.jixiao.extract.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;

/**
 * One money figure of a project.
 *
 * @param label       the label as printed (with its column's label in brackets where the table has several)
 * @param amountYuan  exact amount in 元, converted from 万元 where the form says so
 * @param page        1-based page where it is printed
 * @param printedUnit the unit the page prints it in, so that people see it as printed ({@code 356.80万元});
 *                    null where the page states none
 */
public record Funding(String label, FundingKind kind,
                      @JsonSerialize(using = Money.Serializer.class) BigDecimal amountYuan, Integer page,
                      @JsonInclude(JsonInclude.Include.NON_NULL) MoneyUnit printedUnit) {

    /** A figure whose printed unit is not known. */
    public Funding(String label, FundingKind kind, BigDecimal amountYuan, Integer page) {
        this(label, kind, amountYuan, page, null);
    }
}
