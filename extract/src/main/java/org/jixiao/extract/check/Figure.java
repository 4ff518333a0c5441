package org.jixiao.extract.check;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.extract.model.MoneyUnit;

/**
 * A figure a rule works with: its value, how far the true value may lie from it given how it was
 * printed, the label a reviewer finds it by, and its page.
 *
 * @param tolerance half a unit of the last place printed (0.005 for 元 with two decimals)
 * @param page      1-based page, or null where the record does not say
 * @param unit      the money unit the page prints it in (the value is in 元), null for other figures
 *                  and where the page states none
 */
public record Figure(String label, BigDecimal value, BigDecimal tolerance, Integer page, MoneyUnit unit) {

    /** A value rounded to the precision it is printed with. */
    public static Figure printed(String label, BigDecimal value, Integer page) {
        return new Figure(label, value, Printed.halfUnit(value), page, null);
    }

    public static BigDecimal sum(List<Figure> figures) {
        return figures.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal sumOfTolerances(List<Figure> figures) {
        return figures.stream().map(Figure::tolerance).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
