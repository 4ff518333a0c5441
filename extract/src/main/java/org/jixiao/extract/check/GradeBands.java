package org.jixiao.extract.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Grading bands: each grade with the lowest total score (inclusive) that earns it. A band has
 * several names where documents use synonyms (优 / 优秀).
 */
public record GradeBands(List<Band> bands) {

    /** The national bands: 优 90–100, 良 80–<90, 中 60–<80, 差 below 60 (财预〔2020〕10号). */
    public static final GradeBands NATIONAL = new GradeBands(List.of(
            new Band(new BigDecimal("90"), List.of("优", "优秀")),
            new Band(new BigDecimal("80"), List.of("良", "良好")),
            new Band(new BigDecimal("60"), List.of("中", "合格", "中等", "一般")),
            new Band(BigDecimal.ZERO, List.of("差", "不合格", "较差"))));

    /**
     * @param lowerBound the lowest total score that earns the grade, inclusive
     * @param names      the grade's names, the first as findings print it
     */
    public record Band(BigDecimal lowerBound, List<String> names) {
        public Band {
            names = List.copyOf(names);
        }

        public String name() {
            return names.get(0);
        }

        boolean isNamed(String grade) {
            return names.contains(grade);
        }
    }

    public GradeBands {
        List<Band> sorted = new ArrayList<>(bands);
        sorted.sort(Comparator.comparing(Band::lowerBound).reversed());
        bands = List.copyOf(sorted);
    }

    /**
     * Bands written {@code 优=90,良=80,中=60,差=0}: each grade with its lowest score, answering to the
     * national synonyms of its name too.
     *
     * @throws IllegalArgumentException naming the part that is not {@code grade=score}
     */
    public static GradeBands parse(String spec) {
        List<Band> bands = new ArrayList<>();
        for (String part : spec.split("[,，]")) {
            String[] gradeAndBound = part.strip().split("=");
            if (gradeAndBound.length != 2 || gradeAndBound[0].isBlank()) {
                throw new IllegalArgumentException("not grade=score: " + part.strip());
            }
            try {
                bands.add(new Band(new BigDecimal(gradeAndBound[1].strip()), List.of(gradeAndBound[0].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a score: " + gradeAndBound[1].strip(), e);
            }
        }
        if (bands.size() < 2) {
            throw new IllegalArgumentException("at least two bands, such as 优=90,良=80,中=60,差=0: " + spec);
        }
        return new GradeBands(bands).withSynonymsFrom(NATIONAL);
    }

    /** The band a total score falls in. */
    public Optional<Band> forScore(BigDecimal score) {
        return bands.stream().filter(b -> score.compareTo(b.lowerBound()) >= 0).findFirst();
    }

    /** The band a grade names, matched after quotes and brackets are stripped. */
    public Optional<Band> forGrade(String grade) {
        String bare = grade == null ? "" : grade.replaceAll("[\\s\"“”'‘’「」『』()（）]", "").replace("等级", "").replace("级", "");
        return bands.stream().filter(b -> b.isNamed(bare)).findFirst();
    }

    /** Names the bands by another scheme's synonyms too (a document's 优秀 band also answers to 优). */
    public GradeBands withSynonymsFrom(GradeBands other) {
        List<Band> merged = new ArrayList<>();
        for (Band band : bands) {
            List<String> names = new ArrayList<>(band.names());
            other.bands.stream().filter(o -> o.names().stream().anyMatch(band::isNamed))
                    .flatMap(o -> o.names().stream()).filter(n -> !names.contains(n)).forEach(names::add);
            merged.add(new Band(band.lowerBound(), names));
        }
        return new GradeBands(merged);
    }
}
