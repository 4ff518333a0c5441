package org.jixiao.extract.eval;

/**
 * One key that the extraction and the truth do not share.
 *
 * @param project the project as printed (the truth's name for a missing key, the extraction's for a spurious one);
 *                null for document-level keys such as findings
 * @param item    the item as printed, for a person to find on the page
 * @param key     what was compared, after normalisation
 */
public record Mismatch(ScoredField field, Kind kind, String project, String item, MatchKey key) {

    /** Which side has the key. */
    public enum Kind {
        /** In the truth, not extracted. */
        MISSING("-"),
        /** Extracted, not in the truth. */
        SPURIOUS("+");

        private final String sign;

        Kind(String sign) {
            this.sign = sign;
        }

        /** As in a diff from truth to extraction. */
        public String sign() {
            return sign;
        }
    }
}
