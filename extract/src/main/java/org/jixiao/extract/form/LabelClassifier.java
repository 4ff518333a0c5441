package org.jixiao.extract.form;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises what a printed label means, in its many variants: first the label itself against the
 * configured variants, then the variants that stand in it as whole words (HanLP segmentation).
 */
public final class LabelClassifier {

    private static final Pattern UNIT_BRACKETS = Pattern.compile("\\((单位:)?(万元|元|亿元|%|万|个|人)\\)|\\(单位:[^)]*\\)");
    private static final Pattern EDGE_NOISE = Pattern.compile("^(其中:?|[*※#])+|[:;]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern LIST_NUMBER =
            Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|\\d{1,2}[、.](?!\\d)|\\([一二三四五六七八九十\\d]{1,2}\\))");
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]|【[^【】]*】");

    /** Labels recur on every page and in every form; their reduced forms are remembered. */
    private static final int MEMO_LIMIT = 50_000;
    private static final BoundedMemo<String, String> NORMALIZED = new BoundedMemo<>(MEMO_LIMIT, LabelClassifier::reduce);
    private static final BoundedMemo<String, String> UNQUALIFIED =
            new BoundedMemo<>(MEMO_LIMIT, LabelClassifier::stripQualifiers);

    private final LabelConfig config;
    private final FiscalSegmenter segmenter;

    public LabelClassifier(LabelConfig config, FiscalSegmenter segmenter) {
        this.config = config;
        this.segmenter = segmenter;
    }

    public static LabelClassifier standard() {
        return new LabelClassifier(LabelConfig.standard(), FiscalSegmenter.standard());
    }

    public LabelConfig config() {
        return config;
    }

    /**
     * A label reduced to what identifies it: whitespace, leading 其中, trailing colons and unit
     * brackets such as (元) (万元) (%) removed. Text is expected NFKC-normalised already.
     */
    public static String normalize(String label) {
        return NORMALIZED.get(label);
    }

    private static String reduce(String label) {
        String text = WHITESPACE.matcher(label).replaceAll("");
        text = UNIT_BRACKETS.matcher(text).replaceAll("");
        String previous;
        do {
            previous = text;
            text = EDGE_NOISE.matcher(text).replaceAll("");
        } while (!text.equals(previous));
        return text;
    }

    public <K> Optional<K> classify(LabelSet<K> set, String label) {
        if (label == null) {
            return Optional.empty();
        }
        String normalized = normalize(label);
        if (normalized.isEmpty() || normalized.length() > 40) {
            return Optional.empty();
        }
        Optional<K> exact = set.exact(normalized);
        if (exact.isEmpty()) {
            exact = set.exact(withoutQualifiers(normalized));
        }
        if (exact.isPresent() || !set.anyVariantIn(normalized)) {
            return exact; // no variant in it: no need to segment it (HanLP loads on the first segmentation)
        }
        return set.containedWords(segmenter.words(normalized));
    }

    /**
     * The key of {@code wanted} unless {@code rival} names the label more specifically: the label
     * itself or its longest contained variant decides ({@code 财政资金专款专用数} is a generic amount,
     * though it contains {@code 财政资金}).
     */
    public <K, R> Optional<K> classifyAgainst(LabelSet<K> wanted, LabelSet<R> rival, String label) {
        if (label == null) {
            return Optional.empty();
        }
        String normalized = normalize(label);
        if (normalized.isEmpty() || normalized.length() > 40 || rival.exact(normalized).isPresent()) {
            return Optional.empty();
        }
        Optional<K> exact = wanted.exact(normalized);
        if (exact.isPresent() || !wanted.anyVariantIn(normalized)) {
            return exact;
        }
        List<String> words = segmenter.words(normalized);
        Optional<LabelSet.Match<K>> match = wanted.longestContained(words);
        Optional<LabelSet.Match<R>> rivalMatch = rival.longestContained(words);
        if (match.isPresent() && rivalMatch.isPresent() && rivalMatch.get().length() >= match.get().length()) {
            return Optional.empty();
        }
        return match.map(LabelSet.Match::key);
    }

    /**
     * Only the exact variants: for short cells where a contained word would mislead. A list number
     * (一、项目名称) and a bracketed qualifier (指标值（2025年）, 年度(/项目)指标值) do not change
     * what a label means, so the label without them is tried too.
     */
    public <K> Optional<K> classifyExact(LabelSet<K> set, String label) {
        if (label == null) {
            return Optional.empty();
        }
        String normalized = normalize(label);
        Optional<K> exact = set.exact(normalized);
        return exact.isPresent() ? exact : set.exact(withoutQualifiers(normalized));
    }

    /**
     * The keys a label names but for one OCR slip (see {@link LabelSet#nearVariants}): for a header cell
     * that names no key exactly, read off a scan.
     */
    public <K> java.util.Set<K> classifyNear(LabelSet<K> set, String label) {
        String normalized = label == null ? "" : normalize(label);
        return normalized.length() < 2 ? java.util.Set.of() : set.nearVariants(normalized);
    }

    /**
     * The key a label read off a scan names but for one character taken for another (项自名称), where
     * that leaves one key: a label of four or more characters.
     */
    public <K> Optional<K> classifySubstituted(LabelSet<K> set, String label) {
        java.util.Set<K> near = label == null ? java.util.Set.of() : set.substitutedVariants(normalize(label));
        return near.size() == 1 ? Optional.of(near.iterator().next()) : Optional.empty();
    }

    /** A mark no label is printed with: a speck of dirt or of the scan read as punctuation. */
    static boolean isSpeck(int c) {
        return ".,'`·、。:;_-~".indexOf(c) >= 0;
    }

    /** A label without its list number and bracketed qualifiers: 一、项目名称 → 项目名称. */
    static String withoutQualifiers(String normalized) {
        return UNQUALIFIED.get(normalized);
    }

    private static String stripQualifiers(String normalized) {
        String text = LIST_NUMBER.matcher(normalized).replaceFirst("");
        return BRACKETED.matcher(text).replaceAll("");
    }
}
