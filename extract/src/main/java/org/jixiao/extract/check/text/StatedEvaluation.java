package org.jixiao.extract.check.text;

import java.math.BigDecimal;

/**
 * A total score or grade the running text states: {@code 最终评分结果为 89.7 分，绩效评级为良}.
 *
 * @param score the total score, or null where the sentence gives only a grade
 * @param grade the grade, or null where the sentence gives only a score
 */
public record StatedEvaluation(BigDecimal score, String grade, int page) {
}
