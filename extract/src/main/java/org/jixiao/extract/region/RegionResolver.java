package org.jixiao.extract.region;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jixiao.extract.model.Region;
import org.jixiao.extract.region.Division.Level;

/**
 * Finds the administrative region a document comes from in texts such as its department name
 * ({@code 苏州市医疗保障局}) and its title.
 *
 * <p>Names are found by longest match from the left, so {@code 江苏省} is read as the province and
 * not as a shorter name inside it. A full name ({@code 普陀区}) counts where it starts a text, follows
 * another name ({@code 江苏省苏州市}) or starts a word; a short form ({@code 苏州}) only where it is a
 * whole word, so {@code 中山大学} is not {@code 中山市}. Every name narrows the region further where it
 * agrees with what is known; a name that belongs to several places ({@code 普陀区} in 上海 and 舟山)
 * waits for another name to tell them apart and otherwise yields only what its places share.
 *
 * <p>Immutable and thread-safe; {@link #standard()} builds its trie once.
 */
public final class RegionResolver {

    /** Two-character district names that are everyday words (城区, 郊区, 矿区, 东区) are not matched. */
    private static final int MIN_DISTRICT_NAME = 3;

    private final Gazetteer gazetteer;
    private final WordBoundaries words;
    private final NameTrie trie = new NameTrie();

    public RegionResolver(Gazetteer gazetteer, WordBoundaries words) {
        this.gazetteer = gazetteer;
        this.words = words;
        index(gazetteer);
    }

    public static RegionResolver standard() {
        return Standard.INSTANCE;
    }

    /**
     * The region named by the texts, given in priority order (department name first, then title,
     * then any other text): where they disagree, the earlier text wins. Null texts are skipped;
     * {@link Region#UNKNOWN} when no text names a place.
     */
    public Region resolve(String... texts) {
        List<List<Division>> mentions = new ArrayList<>();
        for (String text : texts) {
            if (text != null) {
                mentions.addAll(find(text.replaceAll("\\s+", "")));
            }
        }
        return toRegion(narrow(mentions));
    }

    /**
     * The text with a place name OCR read one character off spelled as the gazetteer spells it (南允市
     * for 南充市 in 南允市南部县政务服务数据管理局): where the text's other place names settle the
     * region and the misread name stands next to one of them, in the order a region's names are chained
     * in (the larger division first), with the same last character (市, 县, 省). Else the text as it is.
     */
    public String respelled(String text) {
        if (text == null) {
            return null;
        }
        Region region = resolve(text);
        List<String> names = Stream.of(region.province(), region.city(), region.county())
                .filter(Objects::nonNull).distinct().toList();
        for (int n = 0; n < names.size(); n++) {
            String name = names.get(n);
            if (name.length() < MIN_RESPELLED || text.contains(name)) {
                continue;
            }
            for (int start = 0, end = name.length(); end <= text.length(); start++, end++) {
                if (chained(text, names, n, start, end) && oneSlipApart(text.substring(start, end), name)) {
                    return text.substring(0, start) + name + text.substring(end);
                }
            }
        }
        return text;
    }

    /**
     * Whether the region's {@code n}th name, standing at {@code start…end} of the text, has another of the
     * region's names right next to it in chain order: a larger division (earlier in {@code names}) just
     * before it, or a smaller one just after it (四川省 before 南充市 before 南部县).
     */
    private static boolean chained(String text, List<String> names, int n, int start, int end) {
        for (int other = 0; other < names.size(); other++) {
            String otherName = names.get(other);
            if (other > n && text.startsWith(otherName, end)
                    || other < n && start >= otherName.length() && text.startsWith(otherName, start - otherName.length())) {
                return true;
            }
        }
        return false;
    }

    /** Place names this long or longer are respelled: a name and its level's character (南充市). */
    private static final int MIN_RESPELLED = 3;

    /** The same length and level character, one other character different. */
    private static boolean oneSlipApart(String read, String name) {
        int last = name.length() - 1;
        if (read.charAt(last) != name.charAt(last)) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < last; i++) {
            if (read.charAt(i) != name.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }

    private void index(Gazetteer gazetteer) {
        Map<String, List<Division>> full = new LinkedHashMap<>();
        Map<String, List<Division>> shortForms = new LinkedHashMap<>();
        for (Division division : gazetteer.divisions()) {
            if (division.level() == Level.COUNTY && division.name().endsWith("区")
                    && division.name().length() < MIN_DISTRICT_NAME) {
                continue;
            }
            full.computeIfAbsent(division.name(), k -> new ArrayList<>()).add(division);
            ShortNames.of(division).ifPresent(name -> shortForms.computeIfAbsent(name, k -> new ArrayList<>()).add(division));
        }
        shortForms.forEach((name, divisions) -> {
            // a full name wins over another division's short form
            if (!full.containsKey(name)) {
                trie.add(new NameTrie.Entry(name, preferProvinces(divisions), true));
            }
        });
        full.forEach((name, divisions) -> trie.add(new NameTrie.Entry(name, divisions, false)));
    }

    /** 吉林 is the province before it is the city, 海南 the province before 海南藏族自治州. */
    private static List<Division> preferProvinces(List<Division> divisions) {
        List<Division> provinces = divisions.stream().filter(d -> d.level() == Level.PROVINCE).toList();
        return provinces.isEmpty() ? divisions : provinces;
    }

    /** The candidate divisions of each place name in the text, in reading order. */
    private List<List<Division>> find(String text) {
        List<List<Division>> found = new ArrayList<>();
        BitSet boundaries = null;
        int chainEnd = 0;
        int i = 0;
        while (i < text.length()) {
            NameTrie.Hit accepted = null;
            for (NameTrie.Hit hit : trie.namesAt(text, i)) {
                boolean anchored = hit.start() == chainEnd;
                if (!hit.entry().shortForm() && anchored) {
                    accepted = hit;
                    break;
                }
                if (boundaries == null) {
                    boundaries = words.of(text);
                }
                boolean wordStart = boundaries.get(hit.start());
                boolean wordEnd = boundaries.get(hit.end());
                if (wordStart && (wordEnd || !hit.entry().shortForm())) {
                    accepted = hit;
                    break;
                }
            }
            if (accepted == null) {
                i++;
            } else {
                found.add(accepted.entry().divisions());
                i = accepted.end();
                chainEnd = i;
            }
        }
        return found;
    }

    /**
     * The most specific division that the mentions agree on. Passes repeat until nothing changes,
     * so that a later mention can settle an earlier ambiguous one (普陀区 … 舟山市).
     */
    private Division narrow(List<List<Division>> mentions) {
        Division known = null;
        List<List<Division>> open = new ArrayList<>(mentions);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<List<Division>> it = open.iterator(); it.hasNext(); ) {
                List<Division> candidates = consistentWith(known, it.next());
                if (candidates.isEmpty()) {
                    it.remove(); // contradicts an earlier, stronger mention
                    continue;
                }
                Division shared = commonAncestor(candidates);
                if (shared == null) {
                    continue;
                }
                if (known == null || gazetteer.contains(known, shared) && !known.equals(shared)) {
                    known = shared;
                    changed = true;
                }
                if (candidates.size() == 1) {
                    it.remove();
                }
            }
        }
        return known;
    }

    private List<Division> consistentWith(Division known, List<Division> candidates) {
        if (known == null) {
            return candidates;
        }
        return candidates.stream()
                .filter(c -> gazetteer.contains(known, c) || gazetteer.contains(c, known))
                .toList();
    }

    /** The most specific division that contains all candidates, null when they lie in different provinces. */
    private Division commonAncestor(List<Division> candidates) {
        List<Division> shared = gazetteer.lineage(candidates.get(0));
        for (Division candidate : candidates.subList(1, candidates.size())) {
            List<Division> lineage = gazetteer.lineage(candidate);
            int depth = 0;
            while (depth < shared.size() && depth < lineage.size() && shared.get(depth).equals(lineage.get(depth))) {
                depth++;
            }
            shared = shared.subList(0, depth);
        }
        return shared.isEmpty() ? null : shared.get(shared.size() - 1);
    }

    private Region toRegion(Division division) {
        if (division == null) {
            return Region.UNKNOWN;
        }
        List<Division> lineage = gazetteer.lineage(division);
        Division province = lineage.get(0);
        String city = province.isMunicipality() ? province.name() : null;
        String county = null;
        for (Division d : lineage) {
            if (d.level() == Level.PREFECTURE) {
                city = d.name();
            } else if (d.level() == Level.COUNTY) {
                county = d.name();
            }
        }
        return new Region(province.name(), city, county);
    }

    private static final class Standard {
        static final RegionResolver INSTANCE = new RegionResolver(Gazetteer.standard(), new HanlpWordBoundaries());
    }
}
