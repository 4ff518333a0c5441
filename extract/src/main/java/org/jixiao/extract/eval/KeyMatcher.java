package org.jixiao.extract.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the keys two records share, and lists the ones they do not. */
final class KeyMatcher {

    private KeyMatcher() {
    }

    /** The score of one field with its mismatches, missing ones first, each in record order. */
    record Comparison(FieldScore score, List<Mismatch> mismatches) {
    }

    static Comparison compare(ScoredField field, List<KeyedItem> truth, List<KeyedItem> extracted) {
        Map<MatchKey, List<KeyedItem>> expected = group(truth, field.multiset());
        Map<MatchKey, List<KeyedItem>> found = group(extracted, field.multiset());
        int truePositives = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        for (Map.Entry<MatchKey, List<KeyedItem>> entry : expected.entrySet()) {
            List<KeyedItem> items = entry.getValue();
            int matched = Math.min(items.size(), found.getOrDefault(entry.getKey(), List.of()).size());
            truePositives += matched;
            items.subList(matched, items.size())
                    .forEach(item -> mismatches.add(mismatch(field, Mismatch.Kind.MISSING, item)));
        }
        int falseNegatives = mismatches.size();
        for (Map.Entry<MatchKey, List<KeyedItem>> entry : found.entrySet()) {
            List<KeyedItem> items = entry.getValue();
            int matched = Math.min(items.size(), expected.getOrDefault(entry.getKey(), List.of()).size());
            items.subList(matched, items.size())
                    .forEach(item -> mismatches.add(mismatch(field, Mismatch.Kind.SPURIOUS, item)));
        }
        int falsePositives = mismatches.size() - falseNegatives;
        return new Comparison(new FieldScore(truePositives, falsePositives, falseNegatives), mismatches);
    }

    /** Items by key in first-seen order; for a set, only the first item of each key. */
    private static Map<MatchKey, List<KeyedItem>> group(List<KeyedItem> items, boolean multiset) {
        Map<MatchKey, List<KeyedItem>> groups = new LinkedHashMap<>();
        for (KeyedItem item : items) {
            List<KeyedItem> group = groups.computeIfAbsent(item.key(), key -> new ArrayList<>());
            if (multiset || group.isEmpty()) {
                group.add(item);
            }
        }
        return groups;
    }

    private static Mismatch mismatch(ScoredField field, Mismatch.Kind kind, KeyedItem item) {
        return new Mismatch(field, kind, item.project(), item.display(), item.key());
    }
}
