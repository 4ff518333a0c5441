package org.jixiao.extract.model;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;

/**
 * One money figure of a project.
 *
 * @param label      the label as printed (with its column's label in brackets where the table has several)
 * @param amountYuan exact amount in 元, converted from 万元 where the form says so
 * @param page       1-based page where it is printed
 */
public record Funding(String label, FundingKind kind,
                      @JsonSerialize(using = Money.Serializer.class) BigDecimal amountYuan, Integer page) {
}
