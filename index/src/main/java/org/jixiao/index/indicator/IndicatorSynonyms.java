package org.jixiao.index.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups of indicator names that mean the same ({@code 系统可用率 ≈ 系统正常运行率}). A query naming one
 * member of a group is also run with each other member in its place.
 *
 * <p>The file format is the equivalence form of Solr's {@code synonyms.txt}: one group a line, names
 * separated by commas, {@code #} starting a comment.
 */
public final class IndicatorSynonyms {

    private static final String DEFAULTS = "indicator-synonyms.txt";

    private final List<List<String>> groups;

    private IndicatorSynonyms(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
    }

    public static IndicatorSynonyms none() {
        return new IndicatorSynonyms(List.of());
    }

    /** The list shipped with jixiao. */
    public static IndicatorSynonyms defaults() {
        try (InputStream in = IndicatorSynonyms.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            return parse(DEFAULTS, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static IndicatorSynonyms read(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /**
     * @param origin names the file in error messages
     * @throws IllegalArgumentException naming the file and line of a line that is not a group
     */
    public static IndicatorSynonyms parse(String origin, List<String> lines) {
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.contains("=>")) {
                throw new IllegalArgumentException(origin + ":" + (i + 1)
                        + ": one-way mappings (=>) are not supported; list equivalent names separated by commas");
            }
            List<String> names = Arrays.stream(line.split("[,，]")).map(String::strip).filter(s -> !s.isEmpty())
                    .distinct().toList();
            if (names.size() < 2) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": a group needs at least two names: " + line);
            }
            groups.add(names);
        }
        return new IndicatorSynonyms(groups);
    }

    /** This list and another one together. */
    public IndicatorSynonyms with(IndicatorSynonyms more) {
        List<List<String>> all = new ArrayList<>(groups);
        all.addAll(more.groups);
        return new IndicatorSynonyms(all);
    }

    /** The query itself first, then each variant with a synonym in place of a name it contains. */
    public Set<String> expand(String query) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(query);
        for (List<String> group : groups) {
            for (String name : group) {
                if (query.contains(name)) {
                    group.stream().filter(other -> !other.equals(name))
                            .forEach(other -> variants.add(query.replace(name, other)));
                }
            }
        }
        return variants;
    }
}
