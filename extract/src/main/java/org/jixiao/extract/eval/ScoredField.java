package org.jixiao.extract.eval;

/**
 * The record fields scored by precision and recall over keys, per the record contract's scoring rules.
 * Every key starts with the normalised project name, so a project extracted under a wrong name loses
 * its keys.
 */
public enum ScoredField {
    /** Indicator rows on (deepest named level without its code, target, period); a multiset. */
    INDICATORS("indicators", null, true),
    /** As {@link #INDICATORS}, plus weight and score. */
    INDICATOR_SCORES("indicator_scores", INDICATORS, true),
    /** The set of amounts of a project, from its funding and sub-items alike. */
    FUNDING("funding", null, false),
    /** (amount, kind) of the funding entries. */
    FUNDING_KINDS("funding_kinds", FUNDING, false),
    /** The set of (kind, value) of a project's rates. */
    RATES("rates", null, false),
    /** (rule, page) of the findings of the arithmetic rules; a multiset. */
    FINDINGS("findings", null, true);

    private final String code;
    private final ScoredField refines;
    private final boolean multiset;

    ScoredField(String code, ScoredField refines, boolean multiset) {
        this.code = code;
        this.refines = refines;
        this.multiset = multiset;
    }

    public String code() {
        return code;
    }

    /**
     * The coarser field whose key is a prefix of this field's key, or null. A mismatch here that the
     * coarser field already reports says nothing new.
     */
    public ScoredField refines() {
        return refines;
    }

    /**
     * Whether equal keys count once each: two identical indicator rows of a project are two rows,
     * while an amount counts once wherever it is filed.
     */
    public boolean multiset() {
        return multiset;
    }
}
