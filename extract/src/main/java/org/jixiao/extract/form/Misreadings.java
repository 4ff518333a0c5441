package org.jixiao.extract.form;

/** How two readings of one text of the same length differ, where a scan took characters for others. */
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
}
