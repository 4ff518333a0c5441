package org.jixiao.extract.form;

import java.util.function.IntPredicate;

/** How two readings of one text differ, where a scan took characters for others, lost one or added one. */
public final class Misreadings {

    private Misreadings() {
    }

    /** The places at which two strings of the same length differ. */
    public static int differences(String a, String b) {
        if (a.length() != b.length()) {
            throw new IllegalArgumentException("readings of different lengths: " + a + " / " + b);
        }
        int count = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                count++;
            }
        }
        return count;
    }

    /** Whether {@code shorter} is {@code longer} with one character, of those {@code dropped} accepts, left out. */
    public static boolean dropsOne(String longer, String shorter, IntPredicate dropped) {
        if (longer.length() != shorter.length() + 1) {
            return false;
        }
        for (int i = 0; i < longer.length(); i++) {
            if (dropped.test(longer.charAt(i)) && longer.regionMatches(0, shorter, 0, i)
                    && longer.regionMatches(i + 1, shorter, i, shorter.length() - i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two texts of two or more characters are one OCR slip apart: one character dropped, added or
     * read as another.
     */
    public static boolean oneSlipApart(String a, String b) {
        if (Math.min(a.length(), b.length()) < 2) {
            return false;
        }
        if (a.length() == b.length()) {
            return differences(a, b) == 1;
        }
        return a.length() > b.length() ? dropsOne(a, b, c -> true) : dropsOne(b, a, c -> true);
    }
}
