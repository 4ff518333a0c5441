package org.jixiao.ingest.pdf;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.TextNormalizer;

/**
 * Reads a page's content in one pass: every visible glyph with its box, the ruling lines
 * (stroked horizontal and vertical path segments, and filled rectangles thin enough to be drawn
 * borders, as spreadsheet exports draw them), and where anything else may put ink on the page
 * (images, shadings, filled shapes, strokes that are no ruling, annotations), for the text-layer
 * check to decide without rendering the page when that leaves too little room for text it lacks. A glyph the clipping path hides is no text: a
 * spreadsheet export draws the text of a cell merged across a page break on both pages and clips
 * it to the part each page shows. A glyph drawn again over itself (fake bold) counts once.
 * Coordinates come out in the page space of {@link org.jixiao.ingest.Box}: top-left origin,
 * rotation applied.
 */
final class PageContentReader extends PDFGraphicsStreamEngine {

    /**
     * What a page holds for extraction.
     *
     * @param paint boxes that may hold ink other than the glyphs and the rulings (their bounds, not their shapes)
     */
    record Content(List<TextElement> glyphs, List<Ruling> rulings, List<Box> paint) {
    }

    /** Share of the font size above the baseline that a glyph's box covers (CJK ideographs fill ~0.88 em). */
    private static final float ASCENT = 0.88f;
    /** Share of the font size below the baseline. */
    private static final float DESCENT = 0.12f;
    /** A glyph repeated closer than this share of its size is the same glyph drawn twice. */
    private static final float DUPLICATE_DISTANCE = 0.3f;

    /** A filled rectangle thinner than this (points) is a line. */
    private static final float MAX_LINE_THICKNESS = 2.5f;
    /** A segment that deviates less than this from horizontal or vertical counts as one. */
    private static final float MAX_SKEW = 1.0f;
    private static final float MIN_LENGTH = 2f;
    /**
     * A ruling stroked at most this wide (points) lies within the band the text-layer check explains
     * (its position ± 1.5 pt, of which up to 0.5 pt go to the skew allowed above).
     */
    private static final float MAX_EXPLAINED_STROKE = 2f;
    /** Paint at least this light in every RGB component (0–255) leaves no ink: 217 is still 177 in linear gray. */
    private static final int LIGHT = 217;

    private final PageSpace space;
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private final TextNormalizer normalizer;
    private final List<TextElement> glyphs = new ArrayList<>();
    private final Map<String, List<float[]>> drawnAt = new HashMap<>();
    private final List<Box> paint = new ArrayList<>();
    private final GeneralPath path = new GeneralPath();
    /** Bounds (user space) of the current path's parts other than {@code re} rectangles, curve control points included. */
    private final float[] freeform = emptyBounds();
    private Integer pendingClipRule;
    private PDGraphicsState clipState;
    private Shape clipShape;
    private int clipVersion;
    private int clipComputedAt = -1;
    private boolean curved;
    private float currentX;
    private float currentY;
    private float subpathStartX;
    private float subpathStartY;

    private PageContentReader(PDPage page, PageSpace space, TextNormalizer normalizer) {
        super(page);
        this.space = space;
        this.normalizer = normalizer;
    }

    static Content read(PDPage page, PageSpace space, TextNormalizer normalizer) throws IOException {
        PageContentReader reader = new PageContentReader(page, space, normalizer);
        reader.processPage(page);
        for (PDAnnotation annotation : page.getAnnotations()) {
            // the renderer draws annotations' appearances; this pass does not read them
            PDRectangle rect = annotation.getRectangle();
            if (rect != null) {
                reader.paint(rect.getLowerLeftX(), rect.getLowerLeftY(), rect.getUpperRightX(), rect.getUpperRightY(), 0);
            }
        }
        return new Content(reader.glyphs, reader.rulings, reader.paint);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        String unicode = font.toUnicode(code);
        if (unicode == null) {
            // no ToUnicode entry: the text layer cannot say what this glyph is
            unicode = "\uFFFD";
        }
        if (unicode.isBlank()) {
            return;
        }
        // corners of the glyph in text space (advance along x, ascent and descent along y), mapped by the
        // text rendering matrix, so that text turned by the page or the content stream keeps its box
        float advance = displacement.getX();
        Point2D.Float origin = textRenderingMatrix.transformPoint(0, 0);
        Point2D.Float centre = textRenderingMatrix.transformPoint(advance / 2, (ASCENT - DESCENT) / 2);
        float size = Math.abs(textRenderingMatrix.getScalingFactorY());
        if (!clip().contains(centre.x, centre.y) || isRedrawn(unicode, origin.x, origin.y, size)) {
            return;
        }
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] corner : new float[][] {{0, -DESCENT}, {advance, -DESCENT}, {0, ASCENT}, {advance, ASCENT}}) {
            Point2D.Float user = textRenderingMatrix.transformPoint(corner[0], corner[1]);
            float[] onPage = space.toPage(user.x, user.y);
            minX = Math.min(minX, onPage[0]);
            minY = Math.min(minY, onPage[1]);
            maxX = Math.max(maxX, onPage[0]);
            maxY = Math.max(maxY, onPage[1]);
        }
        Box box = Box.of(minX, minY, Math.max(maxX, minX + 0.1f), maxY);
        if (box.centerX() < 0 || box.centerX() > space.width() || box.centerY() < 0 || box.centerY() > space.height()) {
            return;
        }
        glyphs.add(TextElement.exact(normalizer.normalize(unicode), box, size));
    }

    private boolean isRedrawn(String unicode, float x, float y, float size) {
        List<float[]> places = drawnAt.computeIfAbsent(unicode, k -> new ArrayList<>(2));
        float tolerance = DUPLICATE_DISTANCE * size;
        for (float[] place : places) {
            if (Math.abs(place[0] - x) < tolerance && Math.abs(place[1] - y) < tolerance) {
                return true;
            }
        }
        places.add(new float[] {x, y});
        return false;
    }

    /**
     * The current clipping path, computed once per graphics state: PDFBox intersects the pending
     * clipping paths on every call, and a page shows thousands of glyphs under a handful of clips.
     * Where every clipping path is an upright rectangle (the page, a spreadsheet's cell), their
     * intersection is worked out directly; the area PDFBox builds for it is the same rectangle.
     */
    private Shape clip() {
        PDGraphicsState state = getGraphicsState();
        if (state != clipState || clipVersion != clipComputedAt) {
            Rectangle2D rectangle = uprightIntersection(state.getCurrentClippingPaths());
            if (rectangle != null) {
                clipShape = rectangle;
            } else {
                Area area = state.getCurrentClippingPath();
                clipShape = area.isRectangular() ? area.getBounds2D() : area;
            }
            clipState = state;
            clipComputedAt = clipVersion;
        }
        return clipShape;
    }

    /**
     * The intersection of clipping paths that are all upright rectangles, as the bounds of their
     * {@link Area} would give it (an empty intersection is the empty rectangle at the origin); null
     * when any path is some other shape.
     */
    static Rectangle2D uprightIntersection(List<? extends Shape> paths) {
        if (paths.isEmpty()) {
            return null;
        }
        double minX = -Double.MAX_VALUE;
        double minY = -Double.MAX_VALUE;
        double maxX = Double.MAX_VALUE;
        double maxY = Double.MAX_VALUE;
        for (Shape path : paths) {
            double[] corners = uprightRectangle(path);
            if (corners == null) {
                return null;
            }
            minX = Math.max(minX, corners[0]);
            minY = Math.max(minY, corners[1]);
            maxX = Math.min(maxX, corners[2]);
            maxY = Math.min(maxY, corners[3]);
        }
        return minX < maxX && minY < maxY ? new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY)
                : new Rectangle2D.Double();
    }

    /**
     * The bounds (minX, minY, maxX, maxY) of a path that is one upright rectangle: a move and three or
     * four lines along the axes, closed or back at its start; null for any other path.
     */
    private static double[] uprightRectangle(Shape path) {
        double[] xs = new double[5];
        double[] ys = new double[5];
        int points = 0;
        double[] segment = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(segment);
            boolean first = points == 0;
            if (type == PathIterator.SEG_CLOSE) {
                it.next();
                if (!it.isDone()) {
                    return null;
                }
                break;
            }
            if ((first ? type != PathIterator.SEG_MOVETO : type != PathIterator.SEG_LINETO) || points == 5) {
                return null;
            }
            xs[points] = segment[0];
            ys[points] = segment[1];
            points++;
        }
        if (points == 5 && (xs[4] != xs[0] || ys[4] != ys[0])) {
            return null;
        }
        if (points < 4) {
            return null;
        }
        boolean acrossFirst = ys[0] == ys[1] && xs[1] == xs[2] && ys[2] == ys[3] && xs[3] == xs[0];
        boolean upFirst = xs[0] == xs[1] && ys[1] == ys[2] && xs[2] == xs[3] && ys[3] == ys[0];
        if (!acrossFirst && !upFirst) {
            return null;
        }
        return new double[] {Math.min(xs[0], xs[2]), Math.min(ys[0], ys[2]), Math.max(xs[0], xs[2]), Math.max(ys[0], ys[2])};
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
        rectangles.add(new float[] {(float) p0.getX(), (float) p0.getY(), (float) p2.getX(), (float) p2.getY()});
        segments.add(new float[] {(float) p0.getX(), (float) p0.getY(), (float) p1.getX(), (float) p1.getY()});
        segments.add(new float[] {(float) p1.getX(), (float) p1.getY(), (float) p2.getX(), (float) p2.getY()});
        segments.add(new float[] {(float) p2.getX(), (float) p2.getY(), (float) p3.getX(), (float) p3.getY()});
        segments.add(new float[] {(float) p3.getX(), (float) p3.getY(), (float) p0.getX(), (float) p0.getY()});
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
        include(freeform, x, y);
        currentX = x;
        currentY = y;
        subpathStartX = x;
        subpathStartY = y;
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
        include(freeform, x, y);
        segments.add(new float[] {currentX, currentY, x, y});
        currentX = x;
        currentY = y;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
        include(freeform, x1, y1);
        include(freeform, x2, y2);
        include(freeform, x3, y3);
        curved = true;
        currentX = x3;
        currentY = y3;
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(currentX, currentY);
    }

    @Override
    public void closePath() {
        segments.add(new float[] {currentX, currentY, subpathStartX, subpathStartY});
        path.closePath();
        currentX = subpathStartX;
        currentY = subpathStartY;
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        boolean inks = !isLight(getGraphicsState().getStrokingColor());
        float width = strokeWidth();
        boolean explained = width <= MAX_EXPLAINED_STROKE;
        boolean butt = getGraphicsState().getLineCap() == 0;
        for (float[] s : segments) {
            boolean ruling = addLine(s[0], s[1], s[2], s[3]);
            if (!inks) {
                continue;
            }
            if (!ruling || !explained) {
                paint(s[0], s[1], s[2], s[3], width / 2);
            } else if (!butt) {
                // round and square caps reach past the ruling's ends
                paint(s[0], s[1], s[0], s[1], width / 2);
                paint(s[2], s[3], s[2], s[3], width / 2);
            }
        }
        if (inks && curved) {
            paint(freeform[0], freeform[1], freeform[2], freeform[3], width / 2);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        boolean inks = !isLight(getGraphicsState().getNonStrokingColor());
        for (float[] r : rectangles) {
            float width = Math.abs(r[2] - r[0]);
            float height = Math.abs(r[3] - r[1]);
            if (height <= MAX_LINE_THICKNESS && width > height) {
                float y = (r[1] + r[3]) / 2;
                addLine(r[0], y, r[2], y);
            } else if (width <= MAX_LINE_THICKNESS && height > width) {
                float x = (r[0] + r[2]) / 2;
                addLine(x, r[1], x, r[3]);
            } else if (inks) {
                paint(r[0], r[1], r[2], r[3], 0);
            }
        }
        if (inks) {
            paint(freeform[0], freeform[1], freeform[2], freeform[3], 0);
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        if (!isLight(getGraphicsState().getNonStrokingColor())) {
            for (float[] r : rectangles) {
                paint(r[0], r[1], r[2], r[3], 0);
            }
            paint(freeform[0], freeform[1], freeform[2], freeform[3], 0);
        }
        strokePath();
    }

    @Override
    public void clip(int windingRule) {
        // takes effect when the path is ended, as the PDF operators W n prescribe
        pendingClipRule = windingRule;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images carry no rulings; the image's place is ink the text layer may not explain (a scan)
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        float[] bounds = emptyBounds();
        for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            Point2D.Float p = ctm.transformPoint(corner[0], corner[1]);
            include(bounds, p.x, p.y);
        }
        paint(bounds[0], bounds[1], bounds[2], bounds[3], 0);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // gradients are not borders, but they may be ink wherever the clip lets them
        Rectangle2D clipped = clip().getBounds2D();
        paint((float) clipped.getMinX(), (float) clipped.getMinY(), (float) clipped.getMaxX(), (float) clipped.getMaxY(), 0);
    }

    private void clear() {
        if (pendingClipRule != null) {
            path.setWindingRule(pendingClipRule);
            getGraphicsState().intersectClippingPath(path);
            pendingClipRule = null;
            clipVersion++;
        }
        path.reset();
        segments.clear();
        rectangles.clear();
        System.arraycopy(emptyBounds(), 0, freeform, 0, 4);
        curved = false;
    }

    /** Adds a box of possible ink, given by two corners in user space, grown by {@code margin} points. */
    private void paint(float ux1, float uy1, float ux2, float uy2, float margin) {
        if (ux1 == Float.MAX_VALUE) {
            return; // empty bounds: the path had no such part
        }
        float[] a = space.toPage(ux1, uy1);
        float[] b = space.toPage(ux2, uy2);
        float minX = Math.max(0, Math.min(a[0], b[0]) - margin);
        float minY = Math.max(0, Math.min(a[1], b[1]) - margin);
        float maxX = Math.min(space.width(), Math.max(a[0], b[0]) + margin);
        float maxY = Math.min(space.height(), Math.max(a[1], b[1]) + margin);
        if (minX <= maxX && minY <= maxY) {
            paint.add(Box.of(minX, minY, maxX, maxY));
        }
    }

    /** The current line width in page points (the larger scale of the matrix, an upper bound). */
    private float strokeWidth() {
        PDGraphicsState state = getGraphicsState();
        Matrix ctm = state.getCurrentTransformationMatrix();
        return state.getLineWidth() * Math.max(ctm.getScalingFactorX(), ctm.getScalingFactorY());
    }

    /** Paint so light that the check's ink threshold never sees it; a colour it cannot convert counts as ink. */
    private static boolean isLight(PDColor color) {
        try {
            int rgb = color.toRGB();
            return (rgb >> 16 & 0xFF) >= LIGHT && (rgb >> 8 & 0xFF) >= LIGHT && (rgb & 0xFF) >= LIGHT;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static float[] emptyBounds() {
        return new float[] {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    }

    private static void include(float[] bounds, float x, float y) {
        bounds[0] = Math.min(bounds[0], x);
        bounds[1] = Math.min(bounds[1], y);
        bounds[2] = Math.max(bounds[2], x);
        bounds[3] = Math.max(bounds[3], y);
    }

    /** Adds a ruling when the segment is one; says whether it was. */
    private boolean addLine(float ux1, float uy1, float ux2, float uy2) {
        float[] a = space.toPage(ux1, uy1);
        float[] b = space.toPage(ux2, uy2);
        float dx = Math.abs(a[0] - b[0]);
        float dy = Math.abs(a[1] - b[1]);
        if (dy <= MAX_SKEW && dx >= MIN_LENGTH) {
            rulings.add(Ruling.horizontal((a[1] + b[1]) / 2, a[0], b[0]));
            return true;
        } else if (dx <= MAX_SKEW && dy >= MIN_LENGTH) {
            rulings.add(Ruling.vertical((a[0] + b[0]) / 2, a[1], b[1]));
            return true;
        }
        return false;
    }

    /** Maps PDF user space (after the CTM) to top-left page space with the page's rotation applied. */
    record PageSpace(PDRectangle cropBox, int rotation) {

        float width() {
            return rotation % 180 == 0 ? cropBox.getWidth() : cropBox.getHeight();
        }

        float height() {
            return rotation % 180 == 0 ? cropBox.getHeight() : cropBox.getWidth();
        }

        float[] toPage(float ux, float uy) {
            float x = ux - cropBox.getLowerLeftX();
            float y = uy - cropBox.getLowerLeftY();
            float w = cropBox.getWidth();
            float h = cropBox.getHeight();
            return switch (rotation) {
                case 90 -> new float[] {y, x};
                case 180 -> new float[] {w - x, y};
                case 270 -> new float[] {h - y, w - x};
                default -> new float[] {x, h - y};
            };
        }
    }
}
