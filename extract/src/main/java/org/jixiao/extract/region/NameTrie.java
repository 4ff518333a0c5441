package org.jixiao.extract.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gazetteer's names, full and short, in a character trie: every name that starts at a given
 * offset of a text is found in one walk. Built once, then read-only.
 */
final class NameTrie {

    /** A name as it may be written, with the divisions it can stand for. */
    record Entry(String name, List<Division> divisions, boolean shortForm) {
        Entry {
            divisions = List.copyOf(divisions);
        }
    }

    /** An entry found in a text at {@code [start, end)}. */
    record Hit(Entry entry, int start, int end) {
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>();
        Entry entry;
    }

    private final Node root = new Node();

    void add(Entry entry) {
        Node node = root;
        for (char c : entry.name().toCharArray()) {
            node = node.children.computeIfAbsent(c, k -> new Node());
        }
        node.entry = entry;
    }

    /** Every name that starts at {@code start}, longest first. */
    List<Hit> namesAt(String text, int start) {
        List<Hit> hits = new ArrayList<>();
        Node node = root;
        for (int i = start; i < text.length(); i++) {
            node = node.children.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.entry != null) {
                hits.add(0, new Hit(node.entry, start, i + 1));
            }
        }
        return hits;
    }
}
