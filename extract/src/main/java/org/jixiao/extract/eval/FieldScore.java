package org.jixiao.extract.eval;

/**
 * Counts of one scored field: keys found in both (true positives), extracted only (false positives)
 * and in the truth only (false negatives). Scores of several documents add up before the ratios are
 * taken (micro-averaging), so a document with many rows weighs more than one with few.
 */
public record FieldScore(int truePositives, int falsePositives, int falseNegatives) {

    public static final FieldScore EMPTY = new FieldScore(0, 0, 0);

    public FieldScore {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("negative count: " + truePositives + "/" + falsePositives + "/" + falseNegatives);
        }
    }

    public FieldScore plus(FieldScore other) {
        return new FieldScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    /** Keys in the truth. */
    public int support() {
        return truePositives + falseNegatives;
    }

    /** 1 when nothing was extracted: nothing extracted is wrong. */
    public double precision() {
        int extracted = truePositives + falsePositives;
        return extracted == 0 ? 1.0 : (double) truePositives / extracted;
    }

    /** 1 when the truth has nothing to find. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : (double) truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
