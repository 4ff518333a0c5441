package org.jixiao.extract.check.text;

import java.math.BigDecimal;
import org.jixiao.extract.model.FundingKind;

/**
 * An amount a sentence states under a funding label ({@code 本项目年度资金总额20,707,700.00元},
 * {@code 实际支出92.86万元}), as printed and in 元.
 */
public record StatedAmount(String label, FundingKind kind, String printed, BigDecimal yuan, int page) {
}
