package org.jixiao.extract.layout;

/** Disjoint sets over 0..n-1, for grouping slots into cells and rulings into tables. */
final class UnionFind {

    private final int[] parent;

    UnionFind(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        parent[find(a)] = find(b);
    }

    /** Numbers the sets 0..k-1 in order of their first member; returns each member's set number. */
    int[] setIds() {
        int[] ids = new int[parent.length];
        int[] idOfRoot = new int[parent.length];
        java.util.Arrays.fill(idOfRoot, -1);
        int next = 0;
        for (int i = 0; i < parent.length; i++) {
            int root = find(i);
            if (idOfRoot[root] < 0) {
                idOfRoot[root] = next++;
            }
            ids[i] = idOfRoot[root];
        }
        return ids;
    }
}
