package org.jixiao.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jixiao.ingest.Box;

/**
 * A page, or a region of it, as an image with a finding's figures outlined by an SVG laid over it in
 * page points: the markup of the review page, which {@code jixiao check --format html} shows too.
 */
public final class PageFigure {

    private static final String STYLESHEET = "/org/jixiao/web/static/page-figure.css";

    private PageFigure() {
    }

    /**
     * The figure: {@code view} is the region of the page the image shows (the whole page, or a crop),
     * {@code outlines} are in page points like it.
     */
    public static String html(String imageSource, String alt, Box view, List<Box> outlines) {
        StringBuilder out = new StringBuilder(256 + imageSource.length());
        out.append("<div class=\"page-image\" style=\"aspect-ratio: ")
                .append(String.format(Locale.ROOT, "%.1f / %.1f", view.width(), view.height()))
                .append("\"><img alt=\"").append(Html.esc(alt)).append("\" src=\"").append(Html.esc(imageSource))
                .append("\"><svg class=\"outlines\" viewBox=\"")
                .append(String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", view.x(), view.y(), view.width(), view.height()))
                .append("\" preserveAspectRatio=\"none\">");
        for (Box box : outlines) {
            out.append(String.format(Locale.ROOT,
                    "<rect class=\"outline\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>", box.x(), box.y(),
                    box.width(), box.height()));
        }
        return out.append("</svg></div>").toString();
    }

    /** The figure's style rules, for a page that cannot link the server's stylesheet (a report file). */
    public static String stylesheet() {
        try (InputStream in = PageFigure.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + STYLESHEET);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
