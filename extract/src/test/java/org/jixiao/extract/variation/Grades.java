package org.jixiao.extract.variation;

import java.math.BigDecimal;
import java.util.Random;

/**
 * A document's grading bands: the national 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below; the same bands named
 * 优秀/良好/合格/不合格; or bands of the document's own (优秀 ≥ 80, 良好 ≥ 70, 合格 ≥ 60), which it then
 * states in its text, since only the statement tells a reader.
 */
record Grades(String[] names, int[] lower) {

    static final Grades NATIONAL = new Grades(new String[] {"优", "良", "中", "差"}, new int[] {90, 80, 60, 0});
    static final Grades NATIONAL_WORDS = new Grades(new String[] {"优秀", "良好", "合格", "不合格"}, new int[] {90, 80, 60, 0});
    static final Grades OWN = new Grades(new String[] {"优秀", "良好", "合格", "不合格"}, new int[] {80, 70, 60, 0});

    static Grades draw(Random random) {
        int pick = random.nextInt(6);
        return pick < 3 ? NATIONAL : pick < 5 ? NATIONAL_WORDS : OWN;
    }

    /** Whether the bands are not the national ones, so that a document must state them. */
    boolean own() {
        return lower[0] != 90;
    }

    String grade(BigDecimal total) {
        for (int i = 0; i < lower.length; i++) {
            if (total.compareTo(BigDecimal.valueOf(lower[i])) >= 0) {
                return names[i];
            }
        }
        return names[names.length - 1];
    }

    /** The band next to a grade: one lower, or the one above for the lowest. */
    String neighbour(String grade) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(grade)) {
                return names[i == names.length - 1 ? i - 1 : i + 1];
            }
        }
        throw new IllegalArgumentException("not a grade: " + grade);
    }

    /**
     * The sentence stating the bands, as a rule ({@code 综合得分90分（含）以上为“优”，80分（含）-90分为“良”，…})
     * or as named ranges ({@code 评价等级分为优秀（80-100分）、良好（70-79.99分）、…}).
     */
    String statement(String scoreWord, Random random) {
        if (random.nextBoolean()) {
            return "评价等级分为" + names[0] + "（" + lower[0] + "-100分）、" + names[1] + "（" + lower[1] + "-" + (lower[0] - 1)
                    + ".99分）、" + names[2] + "（" + lower[2] + "-" + (lower[1] - 1) + ".99分）和" + names[3] + "（" + lower[2]
                    + "分以下）四个等级。";
        }
        return scoreWord + lower[0] + "分（含）以上为“" + names[0] + "”，" + lower[1] + "分（含）-" + lower[0] + "分为“"
                + names[1] + "”，" + lower[2] + "分（含）-" + lower[1] + "分为“" + names[2] + "”，" + lower[2] + "分以下为“"
                + names[3] + "”。";
    }
}
