package org.jixiao.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jixiao.index.TargetComparison;

/**
 * The numeric targets of one unit as an SVG drawn on the server: one row per city and year, each target a
 * dot, with a box from the lower to the upper quartile, the median as a bar and whiskers to min and max.
 * Coordinates are drawing positions only; the values shown in labels are the targets as stored.
 */
final class CompareChart {

    private static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 150;
    private static final int ROW_HEIGHT = 26;
    private static final int TOP = 28;
    private static final int BOTTOM = 30;

    private CompareChart() {
    }

    /** The row label of a target: city (or province) and year. */
    static String group(TargetComparison.Row row) {
        String place = row.city() != null ? row.city() : row.province() != null ? row.province() : "地区不明";
        return place + " " + (row.fiscalYear() == null ? "年度不明" : row.fiscalYear() + "年");
    }

    static String svg(List<TargetComparison.Row> rows, String unit) {
        Map<String, List<BigDecimal>> groups = new TreeMap<>();
        for (TargetComparison.Row row : rows) {
            if (row.target().isQuantitative() && unit.equals(row.target().unit())) {
                groups.computeIfAbsent(group(row), g -> new ArrayList<>()).add(row.target().value());
            }
        }
        double min = groups.values().stream().flatMap(List::stream).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = groups.values().stream().flatMap(List::stream).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        if (max - min < 1e-9) {
            min -= 1;
            max += 1;
        }
        double pad = (max - min) * 0.05;
        double lo = min - pad;
        double hi = max + pad;
        int plotWidth = WIDTH - LABEL_WIDTH - 56; // room for the n= count at the right
        int height = TOP + groups.size() * ROW_HEIGHT + BOTTOM;
        Html svg = new Html();
        svg.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .raw(WIDTH + " " + height).raw("\" width=\"").raw(String.valueOf(WIDTH)).raw("\" height=\"")
                .raw(String.valueOf(height)).raw("\" data-unit=\"").text(unit).raw("\"><title>")
                .text("目标值分布（单位：" + (unit.isEmpty() ? "无" : unit) + "）").raw("</title>");
        // axis with round ticks, about five
        int axisY = TOP + groups.size() * ROW_HEIGHT + 4;
        svg.raw(line(LABEL_WIDTH, axisY, LABEL_WIDTH + plotWidth, axisY, "axis"));
        double step = niceStep((hi - lo) / 5);
        for (double value = Math.ceil(lo / step) * step; value <= hi + step * 1e-9; value += step) {
            double x = scale(value, lo, hi, plotWidth);
            svg.raw(line(x, TOP - 6, x, axisY, "grid"));
            svg.raw("<text class=\"tick\" x=\"").raw(fmt(x)).raw("\" y=\"").raw(fmt(axisY + 16))
                    .raw("\" text-anchor=\"middle\">").text(tick(value) + unit).raw("</text>");
        }
        int index = 0;
        for (Map.Entry<String, List<BigDecimal>> group : groups.entrySet()) {
            double y = TOP + index * ROW_HEIGHT + ROW_HEIGHT / 2.0;
            List<Double> values = group.getValue().stream().map(BigDecimal::doubleValue).sorted().toList();
            svg.raw("<g class=\"group\"><text class=\"label\" x=\"").raw(fmt(LABEL_WIDTH - 8)).raw("\" y=\"")
                    .raw(fmt(y + 4)).raw("\" text-anchor=\"end\">").text(group.getKey()).raw("</text>");
            double x0 = scale(values.get(0), lo, hi, plotWidth);
            double x4 = scale(values.get(values.size() - 1), lo, hi, plotWidth);
            svg.raw(line(x0, y, x4, y, "whisker"));
            if (values.size() >= 3) {
                double q1 = scale(quantile(values, 0.25), lo, hi, plotWidth);
                double q3 = scale(quantile(values, 0.75), lo, hi, plotWidth);
                double median = scale(quantile(values, 0.5), lo, hi, plotWidth);
                svg.raw("<rect class=\"box\" x=\"").raw(fmt(q1)).raw("\" y=\"").raw(fmt(y - 8)).raw("\" width=\"")
                        .raw(fmt(Math.max(1, q3 - q1))).raw("\" height=\"16\"/>");
                svg.raw(line(median, y - 9, median, y + 9, "median"));
            }
            for (int i = 0; i < values.size(); i++) {
                double jitter = ((i * 7) % 5 - 2) * 1.6;
                svg.raw("<circle class=\"dot\" cx=\"").raw(fmt(scale(values.get(i), lo, hi, plotWidth)))
                        .raw("\" cy=\"").raw(fmt(y + jitter)).raw("\" r=\"3.5\"><title>").text(group.getKey() + "：" + tick(values.get(i)) + unit)
                        .raw("</title></circle>");
            }
            svg.raw("<text class=\"count\" x=\"").raw(fmt(LABEL_WIDTH + plotWidth + 4)).raw("\" y=\"").raw(fmt(y + 4))
                    .raw("\">").text("n=" + values.size()).raw("</text></g>");
            index++;
        }
        svg.raw("</svg>");
        return svg.toString();
    }

    private static double scale(double value, double lo, double hi, int plotWidth) {
        return LABEL_WIDTH + (value - lo) / (hi - lo) * plotWidth;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** Linear interpolation between the closest ranks. */
    private static double quantile(List<Double> sorted, double p) {
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(sorted.size() - 1, below + 1);
        return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (rank - below);
    }

    private static String line(double x1, double y1, double x2, double y2, String cls) {
        return "<line class=\"" + cls + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\""
                + fmt(y2) + "\"/>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String tick(double value) {
        return BigDecimal.valueOf(value).setScale(Math.abs(value) >= 100 ? 0 : 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
