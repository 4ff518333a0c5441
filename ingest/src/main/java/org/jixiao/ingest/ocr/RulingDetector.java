package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recovers the ruling lines of a scanned page from its pixels: long runs of ink along a row (or
 * column), stacked over a few adjacent rows as thick as a pen line, are a horizontal (vertical) rule.
 * Collinear pieces broken by scanning noise are joined. Text strokes are too short to qualify; a line
 * of stroke length counts only when it runs from one long rule to another, as the side of a one-row
 * cell does.
 * Works on deskewed images; all lengths are in pixels.
 */
final class RulingDetector {

    /** A line found in the image, pixel coordinates: {@code position} is y of a horizontal line. */
    record Line(boolean horizontal, double position, int start, int end, int thickness) {
        int length() {
            return end - start;
        }
    }

    private final OcrSettings.Rulings settings;

    RulingDetector(OcrSettings.Rulings settings) {
        this.settings = settings;
    }

    /** The horizontal and vertical lines of an image scanned at {@code pixelsPerPoint}. */
    List<Line> detect(GrayImage image, double pixelsPerPoint) {
        int maxGap = (int) Math.round(settings.maxGap() * pixelsPerPoint);
        int maxThickness = (int) Math.ceil(settings.maxThickness() * pixelsPerPoint);
        int minRun = (int) Math.round(settings.minAttachedLength() * pixelsPerPoint);
        int tolerance = (int) Math.ceil(settings.joinTolerance() * pixelsPerPoint);
        List<Line> horizontal = join(stack(runs(image, true, maxGap, minRun), true, maxThickness), tolerance);
        List<Line> vertical = join(stack(runs(image, false, maxGap, minRun), false, maxThickness), tolerance);
        int minLength = (int) Math.round(settings.minLength() * pixelsPerPoint);
        List<Line> longHorizontal = horizontal.stream().filter(l -> l.length() >= minLength).toList();
        List<Line> longVertical = vertical.stream().filter(l -> l.length() >= minLength).toList();
        List<Line> lines = new ArrayList<>();
        for (Line line : horizontal) {
            if (line.length() >= minLength || attached(line, longVertical, tolerance)) {
                lines.add(line);
            }
        }
        for (Line line : vertical) {
            if (line.length() >= minLength || attached(line, longHorizontal, tolerance)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** One row's (column's) run of ink: {@code index} is the row (column). */
    private record Run(int index, int start, int end) {
    }

    /** Runs of ink at least {@code minRun} long along every row (or column), gaps up to {@code maxGap} bridged. */
    private List<Run> runs(GrayImage image, boolean alongRows, int maxGap, int minRun) {
        // columns are read as the rows of the transposed image: walking down a column touches a new cache line per pixel
        GrayImage lines = alongRows ? image : image.transposed();
        int threshold = settings.darkThreshold();
        byte[] line = new byte[lines.width()];
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < lines.height(); i++) {
            lines.copyRow(i, line);
            int start = -1;
            int lastInk = -1;
            for (int j = 0; j < line.length; j++) {
                if ((line[j] & 0xFF) >= threshold) {
                    continue;
                }
                if (start >= 0 && j - lastInk - 1 > maxGap) {
                    if (lastInk + 1 - start >= minRun) {
                        runs.add(new Run(i, start, lastInk + 1));
                    }
                    start = -1;
                }
                if (start < 0) {
                    start = j;
                }
                lastInk = j;
            }
            if (start >= 0 && lastInk + 1 - start >= minRun) {
                runs.add(new Run(i, start, lastInk + 1));
            }
        }
        return runs;
    }

    /** Stacks runs of adjacent rows that overlap into lines; stacks thicker than a pen line are dropped. */
    private static List<Line> stack(List<Run> runs, boolean horizontal, int maxThickness) {
        List<List<Run>> open = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (Run run : runs) { // in row order
            List<Run> home = null;
            for (List<Run> group : open) {
                Run last = group.get(group.size() - 1);
                if (run.index() - last.index() <= 2 && run.index() != last.index() && overlapping(group, run)) {
                    home = group;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                open.add(home);
            }
            home.add(run);
            int row = run.index();
            open.removeIf(group -> {
                boolean done = row - group.get(group.size() - 1).index() > 2;
                if (done) {
                    toLine(group, horizontal, maxThickness, lines);
                }
                return done;
            });
        }
        open.forEach(group -> toLine(group, horizontal, maxThickness, lines));
        return lines;
    }

    /** Does the run overlap one of the group's runs on the group's last row? */
    private static boolean overlapping(List<Run> group, Run run) {
        int lastRow = group.get(group.size() - 1).index();
        for (int k = group.size() - 1; k >= 0 && group.get(k).index() == lastRow; k--) {
            Run other = group.get(k);
            if (other.start() < run.end() && run.start() < other.end()) {
                return true;
            }
        }
        return false;
    }

    private static void toLine(List<Run> group, boolean horizontal, int maxThickness, List<Line> lines) {
        int first = group.get(0).index();
        int last = group.get(group.size() - 1).index();
        int thickness = last - first + 1;
        if (thickness > maxThickness) {
            return;
        }
        int start = Integer.MAX_VALUE;
        int end = Integer.MIN_VALUE;
        double weighted = 0;
        long weight = 0;
        for (Run run : group) {
            start = Math.min(start, run.start());
            end = Math.max(end, run.end());
            weighted += (double) run.index() * (run.end() - run.start());
            weight += run.end() - run.start();
        }
        lines.add(new Line(horizontal, weighted / weight + 0.5, start, end, thickness));
    }

    /** Joins collinear pieces whose positions and extents lie within {@code tolerance}. */
    private static List<Line> join(List<Line> lines, int tolerance) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Line::position));
        List<Line> joined = new ArrayList<>();
        boolean[] used = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Line current = sorted.get(i);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int k = i + 1; k < sorted.size() && sorted.get(k).position() - current.position() <= tolerance; k++) {
                    Line other = sorted.get(k);
                    if (!used[k] && other.start() <= current.end() + tolerance && current.start() <= other.end() + tolerance) {
                        used[k] = true;
                        current = merge(current, other);
                        grew = true;
                    }
                }
            }
            joined.add(current);
        }
        return joined;
    }

    private static Line merge(Line a, Line b) {
        double position = (a.position() * a.length() + b.position() * b.length()) / Math.max(1, a.length() + b.length());
        return new Line(a.horizontal(), position, Math.min(a.start(), b.start()), Math.max(a.end(), b.end()),
                Math.max(a.thickness(), b.thickness()));
    }

    /**
     * Does the line run from one perpendicular line to another (both ends on one, within tolerance),
     * as a cell border does? A character's stroke set against a border meets it at one end only.
     */
    private static boolean attached(Line line, List<Line> perpendicular, int tolerance) {
        return meets(line.start(), line, perpendicular, tolerance) && meets(line.end(), line, perpendicular, tolerance);
    }

    private static boolean meets(int end, Line line, List<Line> perpendicular, int tolerance) {
        for (Line other : perpendicular) {
            boolean within = line.position() >= other.start() - tolerance && line.position() <= other.end() + tolerance;
            if (within && Math.abs(end - other.position()) <= tolerance) {
                return true;
            }
        }
        return false;
    }
}
