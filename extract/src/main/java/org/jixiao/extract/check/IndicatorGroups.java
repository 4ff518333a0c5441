package org.jixiao.extract.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jixiao.extract.check.text.PageText;
import org.jixiao.extract.check.text.StatedScore;
import org.jixiao.extract.model.Indicator;

/**
 * A project's indicators as a tree: every 一级, 二级 and 三级 name that has indicators under it is a
 * group, whose points and score are the sums of its indicators'. Groups are found by their code
 * ({@code C1} of {@code C1项目产出}) where the document codes them, else by name.
 */
public final class IndicatorGroups {

    /** A named group and the indicators under it, in document order. */
    public record Group(List<String> path, List<Indicator> indicators) {
        public Group {
            path = List.copyOf(path);
            indicators = List.copyOf(indicators);
        }

        public String name() {
            return path.get(path.size() - 1);
        }
    }

    private final List<Indicator> indicators;
    private final List<Group> groups;

    public IndicatorGroups(List<Indicator> indicators) {
        this.indicators = List.copyOf(indicators);
        Map<List<String>, List<Indicator>> byPath = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            List<String> levels = levels(indicator);
            for (int depth = 1; depth < levels.size(); depth++) {
                byPath.computeIfAbsent(levels.subList(0, depth), p -> new ArrayList<>()).add(indicator);
            }
        }
        List<Group> built = new ArrayList<>();
        byPath.forEach((path, members) -> built.add(new Group(path, members)));
        this.groups = List.copyOf(built);
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<Group> groups() {
        return groups;
    }

    /** The one group a stated label names, by code or else by name; empty where none or several do. */
    public Optional<Group> find(String label) {
        String code = StatedScore.codeOf(label);
        Predicate<String> names = code != null ? n -> code.equals(StatedScore.codeOf(n))
                : n -> withoutCode(n).equals(withoutCode(label));
        List<Group> matching = groups.stream().filter(g -> names.test(g.name())).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /** Whether a label names an indicator row itself rather than a group. */
    public boolean isIndicator(String label) {
        String code = StatedScore.codeOf(label);
        return indicators.stream().map(Indicator::deepestLevel).filter(Objects::nonNull).map(PageText::normalize)
                .anyMatch(n -> code != null ? code.equals(StatedScore.codeOf(n)) : withoutCode(n).equals(withoutCode(label)));
    }

    /** The names of an indicator's levels, top down, normalised, without the levels it lacks. */
    public static List<String> levels(Indicator indicator) {
        return Stream.of(indicator.level1(), indicator.level2(), indicator.level3(), indicator.level4())
                .filter(Objects::nonNull).map(PageText::normalize).filter(s -> !s.isEmpty()).toList();
    }

    /** A name without its leading code: {@code C1项目产出} → {@code 项目产出}. */
    public static String withoutCode(String name) {
        String code = StatedScore.codeOf(name);
        return code == null ? name : name.substring(code.length());
    }
}
