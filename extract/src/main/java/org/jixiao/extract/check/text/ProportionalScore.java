package org.jixiao.extract.check.text;

import java.math.BigDecimal;

/**
 * An indicator the running text scores by a proportional formula it states, with the figures it
 * applies it to: {@code 满意度在 65%及以上的按公式计算：满意度得分=满意度/100%×10；满意度在 65%以下的不得分。
 * 综合满意度约 90%，满分 10 分，得 9 分}.
 *
 * @param indicator the indicator's heading, normalised ({@code C23系统使用者满意度})
 * @param subject   what the formula scores ({@code 满意度})
 * @param factor    the points the formula multiplies by (10)
 * @param threshold the percentage below which it scores nothing, or null
 * @param percent   the percentage the text reports (90)
 * @param points    the indicator's points as the text states them (满分 10 分)
 * @param score     the score the text gives (得 9 分)
 * @param page      the page of the score
 */
public record ProportionalScore(String indicator, String subject, BigDecimal factor, BigDecimal threshold,
                                BigDecimal percent, BigDecimal points, BigDecimal score, int page) {
}
