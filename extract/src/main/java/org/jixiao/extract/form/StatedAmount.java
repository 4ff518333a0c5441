package org.jixiao.extract.form;

import java.math.BigDecimal;
import org.jixiao.extract.model.Funding;
import org.jixiao.extract.model.FundingKind;
import org.jixiao.extract.model.MoneyUnit;

/**
 * An amount a sentence states under a funding label ({@code 本项目年度资金总额20,707,700.00元},
 * {@code 实际支出92.86万元}), as printed and in 元, and where the sentence stands.
 */
public record StatedAmount(String label, FundingKind kind, String printed, BigDecimal yuan, int page,
                           Position position) {

    /**
     * Where a project's figure read from a sentence was printed, in the bracket where a table figure
     * names its column: {@code 实际支出(文字)}. The checks compare such figures with the tables'; they
     * never add them up.
     */
    public static final String TEXT_SCOPE = "文字";

    /** The statement as a figure of its project. */
    public Funding asFunding() {
        return new Funding(label + "(" + TEXT_SCOPE + ")", kind, yuan, page,
                printed.endsWith("万元") ? MoneyUnit.TEN_THOUSAND_YUAN : MoneyUnit.YUAN);
    }

    /** Half a unit of the last place printed, in 元: {@code 2070.8万元} stands for ±500 元. */
    public BigDecimal halfUnitYuan() {
        boolean tenThousand = printed.endsWith("万元");
        BigDecimal number = new BigDecimal(printed.substring(0, printed.length() - (tenThousand ? 2 : 1)).replace(",", ""));
        BigDecimal half = new BigDecimal("0.5").movePointLeft(Math.max(number.scale(), 0));
        return tenThousand ? half.movePointRight(4) : half;
    }
}
