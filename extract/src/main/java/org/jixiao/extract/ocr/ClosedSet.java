package org.jixiao.extract.ocr;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jixiao.extract.form.LabelClassifier;
import org.jixiao.extract.form.LabelConfig.IndicatorColumn;
import org.jixiao.ingest.Glyph;

/**
 * Values a column of a form takes from a short list (the sign of a target, yes/no, a grade), and
 * what the recogniser reads each of them as when it misreads it. Scoring a cell's reading against
 * the members uses the recogniser's candidates: a member's characters and their look-alikes share
 * the probability at each place.
 *
 * @param members    the values, in no particular order
 * @param lookAlikes per character of a member, what the recogniser reads it as when it misreads it
 *                   (measured on rendered forms, not taken from one document): never another member
 * @param header     whether a header cell names a column of this set
 * @param underHeader further look-alikes trusted only under such a header: shapes that elsewhere are
 *                   values of their own (a digit)
 */
record ClosedSet(String name, List<String> members, Map<String, Set<String>> lookAlikes, Predicate<String> header,
                 Map<String, Set<String>> underHeader) {

    ClosedSet {
        members = List.copyOf(members);
        lookAlikes = Map.copyOf(lookAlikes);
        underHeader = Map.copyOf(underHeader);
    }

    /** A set no header names. */
    ClosedSet(String name, List<String> members, Map<String, Set<String>> lookAlikes) {
        this(name, members, lookAlikes, text -> false, Map.of());
    }

    /** Whether a header cell names a sign column (计算符号, 指标性质): the labels' variants of it. */
    private static boolean namesSignColumn(String text) {
        LabelClassifier labels = LabelClassifier.standard();
        return labels.classifyExact(labels.config().indicatorColumns(), text).filter(IndicatorColumn.SIGN::equals).isPresent();
    }

    /**
     * The sets of the national and provincial forms. The sign look-alikes are what PP-OCRv4 read for
     * lone signs rendered at 150–200 dpi in CJK and Latin fonts (≥ as V, N, M or W; ≤ as S or &lt;-like
     * brackets; = as 三 or 二), besides the brackets that {@code OcrTextRepair} already knows; under a
     * sign column's header also what the generated 150–300 dpi paper scans read (≥ as 2 at 0.3–0.97,
     * ≤ as s with $ among the candidates).
     */
    static final List<ClosedSet> STANDARD = List.of(
            new ClosedSet("sign", List.of("≥", "≤", "=", ">", "<", "定性", "定量"), Map.of(
                    "≥", Set.of("V", "v", "N", "M", "W", "》", "〉"),
                    "≤", Set.of("S", "s", "《", "〈"),
                    "=", Set.of("三", "二")),
                    ClosedSet::namesSignColumn, Map.of(
                    "≥", Set.of("2"),
                    "≤", Set.of("$"))),
            new ClosedSet("yes/no", List.of("是", "否"), Map.of()),
            new ClosedSet("grade", List.of("优", "良", "中", "差"), Map.of()),
            new ClosedSet("checkbox", List.of("☑", "□"), Map.of(
                    "☑", Set.of("√", "团", "図", "回"),
                    "□", Set.of("口", "ロ"))));

    /**
     * How much of the recogniser's probability a member explains, place by place: the product over its
     * characters of the probability given to the character or its look-alikes; 0 when the reading has
     * another number of characters.
     * In a column whose header names this set ({@code named}), shapes that elsewhere are values of their
     * own count as look-alikes too (a scanned ≥ read as 2, ≤ as $).
     */
    float score(String member, List<Glyph> reading, boolean named) {
        int[] chars = member.codePoints().toArray();
        if (chars.length != reading.size()) {
            return 0f;
        }
        float score = 1f;
        for (int i = 0; i < chars.length; i++) {
            String character = Character.toString(chars[i]);
            Set<String> similar = lookAlikes.getOrDefault(character, Set.of());
            if (named) {
                similar = new java.util.HashSet<>(similar);
                similar.addAll(underHeader.getOrDefault(character, Set.of()));
            }
            float explained = 0f;
            for (Glyph.Candidate candidate : reading.get(i).candidates()) {
                if (candidate.text().equals(character) || similar.contains(candidate.text())) {
                    explained += candidate.probability();
                }
            }
            score *= Math.min(1f, explained);
        }
        return score;
    }

    /** The member that explains the reading best, and how much of it. */
    Choice best(List<Glyph> reading) {
        return best(reading, false);
    }

    /** The best member in a column whose header names this set or not. */
    Choice best(List<Glyph> reading, boolean named) {
        String best = null;
        float bestScore = 0f;
        for (String member : members) {
            float score = score(member, reading, named);
            if (score > bestScore) {
                best = member;
                bestScore = score;
            }
        }
        return new Choice(best, bestScore);
    }

    /** A member and the share of the recogniser's probability it explains; member null when none does. */
    record Choice(String member, float score) {
    }
}
