package org.jixiao.extract.eval;

import java.util.List;

/**
 * What two records must agree on for an item to count as found: the normalised project name and
 * the normalised parts of the item.
 */
public record MatchKey(String project, List<String> parts) {

    public MatchKey {
        parts = List.copyOf(parts);
    }

    public static MatchKey of(String project, String... parts) {
        return new MatchKey(project, List.of(parts));
    }

    /** Whether this key extends {@code coarser}: same project, and coarser's parts begin this key's parts. */
    public boolean refines(MatchKey coarser) {
        return project.equals(coarser.project) && parts.size() >= coarser.parts.size()
                && parts.subList(0, coarser.parts.size()).equals(coarser.parts);
    }
}
