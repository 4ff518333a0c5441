package org.jixiao.extract.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jixiao.ingest.Ruling;

/**
 * Ruling lines cleaned for table finding: collinear pieces merged into one line, and lines grouped
 * into the connected sets that each frame one table.
 */
final class RulingGrid {

    /** How far (points) a lone vertical ruling may stand from a table to be its open column's edge. */
    private static final float MAX_OPEN_COLUMN_WIDTH = 80f;

    private RulingGrid() {
    }

    /**
     * Merges rulings of one orientation that lie on the same line (within {@code tolerance}) and
     * touch or overlap (gaps up to {@code tolerance}).
     */
    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal, float tolerance) {
        List<Ruling> sorted = new ArrayList<>();
        for (Ruling ruling : rulings) {
            if (ruling.isHorizontal() == horizontal) {
                sorted.add(ruling);
            }
        }
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start));
        List<Ruling> merged = new ArrayList<>();
        List<Ruling> line = new ArrayList<>();
        float linePosition = Float.NaN;
        for (Ruling ruling : sorted) {
            if (!line.isEmpty() && ruling.position() - linePosition > tolerance) {
                mergeLine(line, horizontal, tolerance, merged);
                line.clear();
            }
            if (line.isEmpty()) {
                linePosition = ruling.position();
            }
            line.add(ruling);
        }
        mergeLine(line, horizontal, tolerance, merged);
        return merged;
    }

    private static void mergeLine(List<Ruling> line, boolean horizontal, float tolerance, List<Ruling> out) {
        if (line.isEmpty()) {
            return;
        }
        line.sort(Comparator.comparingDouble(Ruling::start));
        float position = (float) line.stream().mapToDouble(Ruling::position).average().orElseThrow();
        float start = line.get(0).start();
        float end = line.get(0).end();
        for (Ruling ruling : line.subList(1, line.size())) {
            if (ruling.start() <= end + tolerance) {
                end = Math.max(end, ruling.end());
            } else {
                out.add(make(horizontal, position, start, end));
                start = ruling.start();
                end = ruling.end();
            }
        }
        out.add(make(horizontal, position, start, end));
    }

    private static Ruling make(boolean horizontal, float position, float start, float end) {
        return horizontal ? Ruling.horizontal(position, start, end) : Ruling.vertical(position, start, end);
    }

    /** Whether a horizontal and a vertical ruling cross or touch (within tolerance). */
    static boolean intersects(Ruling horizontal, Ruling vertical, float tolerance) {
        return vertical.position() >= horizontal.start() - tolerance
                && vertical.position() <= horizontal.end() + tolerance
                && horizontal.position() >= vertical.start() - tolerance
                && horizontal.position() <= vertical.end() + tolerance;
    }

    /** Groups rulings into connected sets (two rulings connect when they cross); each set frames one table. */
    static List<List<Ruling>> connectedSets(List<Ruling> horizontals, List<Ruling> verticals, float tolerance) {
        int h = horizontals.size();
        int total = h + verticals.size();
        UnionFind sets = new UnionFind(total);
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < verticals.size(); j++) {
                if (intersects(horizontals.get(i), verticals.get(j), tolerance)) {
                    sets.union(i, h + j);
                }
            }
        }
        int[] ids = sets.setIds();
        List<List<Ruling>> groups = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            while (groups.size() <= ids[i]) {
                groups.add(new ArrayList<>());
            }
            groups.get(ids[i]).add(i < h ? horizontals.get(i) : verticals.get(i - h));
        }
        return groups;
    }

    /**
     * Joins to a table the lone vertical rulings beside it: a column whose cell is merged over the
     * whole height of the page has no horizontal border to connect its outer line to the rest.
     */
    static List<List<Ruling>> attachOpenColumns(List<List<Ruling>> sets) {
        List<List<Ruling>> tables = new ArrayList<>();
        List<Ruling> lone = new ArrayList<>();
        for (List<Ruling> set : sets) {
            boolean hasHorizontal = set.stream().anyMatch(Ruling::isHorizontal);
            boolean hasVertical = set.stream().anyMatch(r -> !r.isHorizontal());
            if (hasHorizontal && hasVertical) {
                tables.add(new ArrayList<>(set));
            } else if (hasVertical) {
                lone.addAll(set);
            }
        }
        for (Ruling vertical : lone) {
            for (List<Ruling> table : tables) {
                float minX = Float.MAX_VALUE;
                float maxX = -Float.MAX_VALUE;
                float minY = Float.MAX_VALUE;
                float maxY = -Float.MAX_VALUE;
                for (Ruling ruling : table) {
                    if (ruling.isHorizontal()) {
                        minX = Math.min(minX, ruling.start());
                        maxX = Math.max(maxX, ruling.end());
                    } else {
                        minY = Math.min(minY, ruling.start());
                        maxY = Math.max(maxY, ruling.end());
                    }
                }
                float overlap = Math.min(maxY, vertical.end()) - Math.max(minY, vertical.start());
                boolean besideTable = vertical.position() < minX && minX - vertical.position() <= MAX_OPEN_COLUMN_WIDTH
                        || vertical.position() > maxX && vertical.position() - maxX <= MAX_OPEN_COLUMN_WIDTH;
                if (besideTable && overlap >= 0.8f * vertical.length()) {
                    table.add(vertical);
                    break;
                }
            }
        }
        return tables;
    }

    /** Distinct positions, values closer than {@code tolerance} collapsed into their mean. */
    static List<Float> clusterPositions(List<Float> values, float tolerance) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> clusters = new ArrayList<>();
        float sum = 0;
        int count = 0;
        float last = Float.NaN;
        for (float value : sorted) {
            if (count > 0 && value - last > tolerance) {
                clusters.add(sum / count);
                sum = 0;
                count = 0;
            }
            sum += value;
            count++;
            last = value;
        }
        if (count > 0) {
            clusters.add(sum / count);
        }
        return clusters;
    }
}
