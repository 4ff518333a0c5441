package org.jixiao.extract.form;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The printed variants of a family of labels, by what they mean ({@code 主管部门及代码} means
 * department). Keys keep the order of the configuration: the first key wins a tie.
 */
public final class LabelSet<K> {

    /** A label is read with one character taken for another only where it is this long or longer. */
    private static final int MIN_SUBSTITUTED = 4;

    private final Map<K, List<String>> variants;
    /** The key of each variant: the first in configuration order where two keys share one. */
    private final Map<String, K> keyOfVariant = new HashMap<>();

    LabelSet(Map<K, List<String>> variants) {
        Map<K, List<String>> copy = new LinkedHashMap<>();
        variants.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        this.variants = java.util.Collections.unmodifiableMap(copy);
        this.variants.forEach((key, list) -> list.forEach(variant -> keyOfVariant.putIfAbsent(variant, key)));
    }

    public Map<K, List<String>> variants() {
        return variants;
    }

    /** Every variant of every key. */
    public List<String> allVariants() {
        List<String> all = new ArrayList<>();
        variants.values().forEach(all::addAll);
        return all;
    }

    /** The key one of whose variants is the normalised label itself. */
    Optional<K> exact(String normalizedLabel) {
        return Optional.ofNullable(keyOfVariant.get(normalizedLabel));
    }

    /**
     * The keys one of whose variants the normalised label is but for one OCR slip: a character of a
     * variant of three or more dropped (级指标 for 一级指标), or a speck read beside it (指标值. for
     * 指标值). Several keys when the slip leaves it open (级指标 is any level).
     */
    java.util.Set<K> nearVariants(String normalizedLabel) {
        return keysOfVariants(variant -> isSlip(variant, normalizedLabel));
    }

    /**
     * The keys one of whose variants of four or more characters the normalised label is but for one
     * character read as another (项自名称 for 项目名称).
     */
    java.util.Set<K> substitutedVariants(String normalizedLabel) {
        return keysOfVariants(variant -> variant.length() >= MIN_SUBSTITUTED && variant.length() == normalizedLabel.length()
                && Misreadings.differences(variant, normalizedLabel) == 1);
    }

    /** The keys, in configuration order, of which some variant is {@code matching}. */
    private java.util.Set<K> keysOfVariants(java.util.function.Predicate<String> matching) {
        java.util.Set<K> keys = new java.util.LinkedHashSet<>();
        variants.forEach((key, list) -> {
            if (list.stream().anyMatch(matching)) {
                keys.add(key);
            }
        });
        return keys;
    }

    private static boolean isSlip(String variant, String label) {
        if (variant.length() >= 3 && label.length() == variant.length() - 1) {
            return Misreadings.dropsOne(variant, label, c -> true);
        }
        return Misreadings.dropsOne(label, variant, LabelClassifier::isSpeck);
    }

    /**
     * Whether some variant occurs in the text at all: where none does, none stands in it as whole
     * words, and the text need not be segmented.
     */
    boolean anyVariantIn(String text) {
        for (String variant : keyOfVariant.keySet()) {
            if (!variant.isEmpty() && text.contains(variant)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key with the longest variant that stands in the label as whole words: {@code 子项目名称}
     * does not contain the word {@code 项目名称}, {@code 项目主管部门名称} contains {@code 主管部门}.
     */
    Optional<K> containedWords(List<String> words) {
        return longestContained(words).map(Match::key);
    }

    /** A key and the length of the variant that matched it. */
    record Match<K>(K key, int length) {
    }

    /** Like {@link #containedWords}, with the length of the winning variant, to weigh two sets against each other. */
    Optional<Match<K>> longestContained(List<String> words) {
        WordRun run = new WordRun(words);
        K best = null;
        int bestLength = 0;
        for (Map.Entry<K, List<String>> entry : variants.entrySet()) {
            for (String variant : entry.getValue()) {
                if (variant.length() > bestLength && run.standsAsWords(variant)) {
                    best = entry.getKey();
                    bestLength = variant.length();
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match<>(best, bestLength));
    }

    /**
     * A label's words run together, with the offsets where words meet: a variant stands in it as whole
     * words when it occurs starting and ending at such offsets. Built once per label, not once per
     * variant and start word.
     */
    private static final class WordRun {
        private final String text;
        private final java.util.BitSet boundaries = new java.util.BitSet();

        WordRun(List<String> words) {
            StringBuilder joined = new StringBuilder();
            boundaries.set(0);
            for (String word : words) {
                joined.append(word);
                boundaries.set(joined.length());
            }
            text = joined.toString();
        }

        boolean standsAsWords(String variant) {
            if (variant.isEmpty()) {
                return false;
            }
            for (int at = text.indexOf(variant); at >= 0; at = text.indexOf(variant, at + 1)) {
                if (boundaries.get(at) && boundaries.get(at + variant.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}
