package org.jixiao.extract.variation;

import java.math.BigDecimal;

/** The national grade bands: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
final class Grades {

    private static final String[] NAMES = {"优", "良", "中", "差"};
    private static final int[] LOWER = {90, 80, 60, 0};

    private Grades() {
    }

    static String grade(BigDecimal total) {
        for (int i = 0; i < LOWER.length; i++) {
            if (total.compareTo(BigDecimal.valueOf(LOWER[i])) >= 0) {
                return NAMES[i];
            }
        }
        return NAMES[NAMES.length - 1];
    }

    /** The band next to a grade: one lower, or 中 for 差. */
    static String neighbour(String grade) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(grade)) {
                return NAMES[i == NAMES.length - 1 ? i - 1 : i + 1];
            }
        }
        throw new IllegalArgumentException("not a grade: " + grade);
    }
}
