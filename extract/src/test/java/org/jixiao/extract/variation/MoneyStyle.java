package org.jixiao.extract.variation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;

/**
 * How a document prints money: in 元 or 万元, with 2 or 4 decimals (or none), with or without
 * thousands separators.
 */
record MoneyStyle(boolean tenThousands, int decimals, boolean grouping) {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    static MoneyStyle draw(Random random) {
        if (random.nextInt(3) < 2) {
            return new MoneyStyle(true, random.nextInt(4) == 0 ? 4 : 2, false);
        }
        return new MoneyStyle(false, random.nextInt(4) == 0 ? 0 : 2, random.nextBoolean());
    }

    /** The other unit, as a narrative restating a table's figure might use. */
    MoneyStyle other() {
        return tenThousands ? new MoneyStyle(false, 2, true) : new MoneyStyle(true, 2, false);
    }

    String unit() {
        return tenThousands ? "万元" : "元";
    }

    String print(BigDecimal yuan) {
        BigDecimal value = tenThousands ? yuan.divide(TEN_THOUSAND) : yuan;
        value = value.setScale(decimals, RoundingMode.UNNECESSARY);
        DecimalFormat format = new DecimalFormat(grouping ? "#,##0" : "0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** The figure with its unit, as running text prints it. */
    String withUnit(BigDecimal yuan) {
        return print(yuan) + unit();
    }
}
