package org.jixiao.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.ingest.Box;
import org.jixiao.ingest.Glyph;
import org.jixiao.ingest.Page;
import org.jixiao.ingest.Ruling;
import org.jixiao.ingest.TextElement;
import org.jixiao.ingest.TextNormalizer;

/**
 * Turns the image of one page into the same {@link Page} the text-layer route produces: deskews it,
 * recovers its ruling lines, reads its text lines cut at those rulings and the ink no line covers, and maps everything into PDF
 * points, so that the table builder sees scans and born-digital pages alike.
 * Thread-safe when its engine is.
 */
public final class PageImageReader {

    /** Skew below this (degrees) is left alone: rotating costs time and blurs the image. */
    private static final double MIN_SKEW = 0.05;
    /**
     * White space left above and below the ink of a line when it is cut out for the recogniser, as a share of
     * the ink's height. The detector's boxes are twice as tall as a row of digits; scaled to the
     * recogniser's fixed height, such digits get too few steps to keep 000 apart (1,000,000 came out
     * as 1,000,0), so a line is trimmed to its ink and this margin.
     */
    private static final double LINE_MARGIN = 0.25;
    private static final int MIN_LINE_MARGIN = 2;
    /**
     * A piece whose ink is lower than this share of the page's typical line (signs: = is a third of a
     * character's height, ≥ a half; digits are three quarters) is cut as tall as the typical line.
     */
    private static final double LOW_INK = 0.6;
    /** A line box lower than this share of the page's median line is a speck, not text. */
    private static final double MIN_LINE_HEIGHT = 0.6;
    /**
     * How far beyond its dark core the gray edges of a ruling are erased before text is read (points):
     * a scanned line's edges are too light to count as ink, dark enough to be read as strokes.
     */
    private static final float ERASE_MARGIN = 0.75f;
    /** A piece whose ink is at most this share of a character's height across and high holds one glyph. */
    private static final double ONE_GLYPH = 1.3;
    /** A dash is at least this share of a character's height long; what is shorter is a speck or a hyphen. */
    private static final double MIN_DASH = 0.5;
    /** Readings of a lone level bar that are dashes already. */
    private static final Set<String> DASHES = Set.of("—", "-", "－", "–", "一", "_", "―", "——");
    /** Signs a line may open with, as the recogniser reads them. */
    private static final Set<String> LEADING_SIGNS = Set.of("≥", "≤");
    /** What a ring read as a full stop is read as. */
    private static final Set<String> FULL_STOPS = Set.of("。", "°", "º");
    /** Ink at least this share of a character's height is no punctuation at the foot of a line. */
    private static final double CHARACTER_TALL = 0.6;
    /** A ring's readings: copies of a lone 0 read as o00 are alike. */
    private static final Set<String> RINGS = Set.of("0", "o", "O", "０", "〇", "○");
    /** Copies of a glyph read as nothing in the line it is read again in. */
    private static final int GLYPH_COPIES = 3;
    /** A text element's font size, estimated from the height of its (unclipped) box. */
    private static final float FONT_SIZE_PER_BOX_HEIGHT = 0.7f;

    private final OcrEngine engine;
    private final SkewEstimator skew;
    private final RulingDetector rulings;
    private final int inkThreshold;
    private final OcrTextRepair repair;
    private final DecimalPointRepair decimalPoints;
    private final UnreadInk unreadInk;

    public PageImageReader(OcrEngine engine, OcrSettings settings, TextNormalizer normalizer) {
        this.engine = engine;
        this.skew = new SkewEstimator(settings.skew());
        this.rulings = new RulingDetector(settings.rulings());
        this.inkThreshold = settings.rulings().darkThreshold();
        this.repair = new OcrTextRepair(settings.repair(), normalizer);
        this.decimalPoints = new DecimalPointRepair(settings.repair());
        this.unreadInk = new UnreadInk(inkThreshold);
    }

    /**
     * Reads one page.
     *
     * @param number    1-based page number
     * @param image     the page as rendered or scanned, upright
     * @param width     the page's width in points, the image's width maps onto it
     * @param height    the page's height in points
     * @param rotation  the rotation the source applied to the page (reported, already applied to the image)
     */
    public Page read(int number, GrayImage image, float width, float height, int rotation) throws OcrException {
        double pixelsPerPoint = image.width() / (double) width;
        double angle = skew.estimate(image);
        GrayImage upright = Math.abs(angle) >= MIN_SKEW ? image.rotated(-angle) : image;
        List<RulingDetector.Line> lines = rulings.detect(upright, pixelsPerPoint);
        GrayImage clean = erase(upright, lines, pixelsPerPoint);
        List<RulingDetector.Line> verticals = lines.stream().filter(l -> !l.horizontal()).toList();
        List<PixelBox> lineBoxes = withoutSpecks(engine.findLines(clean, pixelsPerPoint * 72));
        List<PixelBox> pieces = new ArrayList<>();
        for (PixelBox box : lineBoxes) {
            pieces.addAll(LineSplitter.split(box, verticals, lineBoxes));
        }
        List<int[]> inkRows = new ArrayList<>(pieces.size());
        for (PixelBox piece : pieces) {
            inkRows.add(inkRows(clean, piece));
        }
        int typicalInk = typicalInkHeight(inkRows);
        for (PixelBox piece : unreadInk.find(clean, pieces, verticals, typicalInk)) {
            pieces.add(piece);
            inkRows.add(new int[] {piece.y(), piece.maxY()});
        }
        List<GrayImage> crops = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            crops.add(lineImage(clean, pieces.get(i), inkRows.get(i), typicalInk));
        }
        List<Recognition> texts = readLeadingSigns(crops, readGlyphsAlone(crops, engine.read(crops), typicalInk));
        List<TextElement> elements = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            OcrTextRepair.Repaired text = repair.repair(texts.get(i));
            if (text.text().isEmpty()) {
                continue;
            }
            Box box = toPoints(pieces.get(i), pixelsPerPoint);
            elements.add(new TextElement(text.text(), box, box.height() * FONT_SIZE_PER_BOX_HEIGHT, text.confidence(),
                    text.glyphs()));
        }
        elements = decimalPoints.repair(elements);
        List<Ruling> pageRulings = lines.stream().map(l -> toRuling(l, pixelsPerPoint)).toList();
        return new Page(number, width, height, rotation, Page.TextSource.OCR, elements, pageRulings);
    }

    /**
     * The line boxes without those much lower than the page's typical line: what is left of a ruling
     * where two meet, a speck, read as a stray 1 or 口 in the next cell.
     */
    private static List<PixelBox> withoutSpecks(List<PixelBox> lines) {
        if (lines.isEmpty()) {
            return lines;
        }
        int[] heights = lines.stream().mapToInt(PixelBox::height).sorted().toArray();
        int median = heights[heights.length / 2];
        return lines.stream().filter(box -> box.height() >= MIN_LINE_HEIGHT * median).toList();
    }

    /**
     * The readings with what a piece holding one glyph shows besides: the recogniser, trained on lines
     * of text, reads a glyph standing alone in a cell as a letter or as nothing. A comparison sign is
     * read from its strokes ({@link SignShape}); a glyph read as nothing is read again in a line of
     * three copies of it (a lone 0 read so), kept when every copy reads alike (a ring as 0 or o alike).
     */
    private List<Recognition> readGlyphsAlone(List<GrayImage> crops, List<Recognition> readings, int typicalInk)
            throws OcrException {
        List<Recognition> read = new ArrayList<>(readings);
        List<Integer> unread = new ArrayList<>();
        List<GrayImage> copies = new ArrayList<>();
        for (int i = 0; i < crops.size(); i++) {
            GrayImage crop = crops.get(i);
            PixelBox ink = crop.inkBounds(inkThreshold);
            double glyph = ONE_GLYPH * typicalInk;
            if (ink == null || ink.width() > glyph || ink.height() > glyph) {
                continue;
            }
            Optional<String> sign = SignShape.of(crop, inkThreshold);
            String text = readings.get(i).text();
            if (sign.filter(SignShape.DASH::equals).isPresent()) {
                if (ink.width() >= MIN_DASH * typicalInk && !DASHES.contains(text)) {
                    // a level bar is no upright stroke: a dash read as 1, l or | is a dash (a form's “nothing to state”)
                    read.set(i, new Recognition(List.of(new RecognizedChar(SignShape.DASH, Recognition.SIGN_SHAPE_PROBABILITY,
                            readings.get(i).chars().isEmpty() ? List.of() : readings.get(i).chars().get(0).runnersUp()))));
                }
            } else if (sign.isPresent()) {
                read.set(i, readings.get(i).withSign(sign.get()));
            } else if (FULL_STOPS.contains(text) && ink.height() >= CHARACTER_TALL * typicalInk) {
                // a full stop is a small ring at the foot of a line; one as tall as a character is a ring: ○
                RecognizedChar stop = readings.get(i).chars().get(0);
                read.set(i, new Recognition(List.of(new RecognizedChar("○", stop.confidence(), stop.runnersUp()))));
            } else if (readings.get(i).chars().isEmpty()) {
                unread.add(i);
                copies.add(crop.repeated(GLYPH_COPIES, crop.height() / 3));
            }
        }
        if (!copies.isEmpty()) {
            List<Recognition> again = engine.read(copies);
            for (int k = 0; k < unread.size(); k++) {
                List<RecognizedChar> chars = again.get(k).chars();
                boolean alike = chars.size() == GLYPH_COPIES
                        && chars.stream().map(c -> RINGS.contains(c.text()) ? "0" : c.text()).distinct().count() == 1;
                if (alike) {
                    read.set(unread.get(k), new Recognition(List.of(chars.stream()
                            .min(Comparator.comparingDouble(RecognizedChar::confidence)).orElseThrow())));
                }
            }
        }
        return read;
    }

    /**
     * The readings with a ≥ or ≤ that opens a line read from its strokes ({@link LeadingSign}) where the
     * recogniser read something else. The rest of the line, read again without the sign's ink, must
     * account for the first reading: it reads the same (the sign was dropped, or merged with a 2 after
     * it: ≥2960 read 2960), or the same but the first character, which had the sign among its
     * candidates (≥92% read 292%, ≥ second). A blurred 2 of a figure can pass for a sign by its strokes;
     * its reading is sure, and without it the rest reads otherwise.
     */
    private List<Recognition> readLeadingSigns(List<GrayImage> crops, List<Recognition> readings) throws OcrException {
        List<Recognition> read = new ArrayList<>(readings);
        List<Integer> signed = new ArrayList<>();
        List<LeadingSign.Found> signs = new ArrayList<>();
        for (int i = 0; i < crops.size(); i++) {
            List<RecognizedChar> chars = readings.get(i).chars();
            if (chars.isEmpty() || LEADING_SIGNS.contains(chars.get(0).text())) {
                continue;
            }
            Optional<LeadingSign.Found> found = LeadingSign.of(crops.get(i), inkThreshold);
            if (found.isPresent()) {
                signed.add(i);
                signs.add(found.get());
            }
        }
        if (signs.isEmpty()) {
            return read;
        }
        List<Recognition> rests = engine.read(signs.stream().map(LeadingSign.Found::rest).toList());
        for (int k = 0; k < signs.size(); k++) {
            String sign = signs.get(k).sign();
            Recognition first = readings.get(signed.get(k));
            RecognizedChar opening = first.chars().get(0);
            String rest = rests.get(k).text();
            boolean unread = rest.equals(first.text());
            boolean misread = rest.equals(first.text().substring(opening.text().length()))
                    && opening.runnersUp().stream().anyMatch(candidate -> candidate.text().equals(sign));
            if (!rest.isEmpty() && (unread || misread)) {
                List<RecognizedChar> chars = new ArrayList<>(rests.get(k).chars().size() + 1);
                chars.add(new RecognizedChar(sign, Recognition.SIGN_SHAPE_PROBABILITY,
                        List.of(new Glyph.Candidate(opening.text(), opening.confidence()))));
                chars.addAll(rests.get(k).chars());
                read.set(signed.get(k), new Recognition(chars));
            }
        }
        return read;
    }

    /** The rows {top, bottom} of a piece that hold ink; {top, top} when it has none. */
    private int[] inkRows(GrayImage page, PixelBox piece) {
        int top = piece.y();
        int bottom = piece.maxY();
        while (top < bottom && isBlankRow(page, top, piece)) {
            top++;
        }
        while (bottom > top && isBlankRow(page, bottom - 1, piece)) {
            bottom--;
        }
        return new int[] {top, bottom};
    }

    /** The median height of the ink of the page's text pieces: the height of a line of characters. */
    private static int typicalInkHeight(List<int[]> inkRows) {
        int[] heights = inkRows.stream().mapToInt(rows -> rows[1] - rows[0]).filter(h -> h > 0).sorted().toArray();
        return heights.length == 0 ? 0 : heights[heights.length / 2];
    }

    /**
     * A piece of a line cut out for the recogniser: its rows of ink and a margin above and below; its
     * ends are the detector's, which leave the space a sign opening the line needs (cut to the ink, ≥12次
     * came out as 12次), and a couple of pixels (the vertical margin added at the ends as well made
     * every line half a character wider, recognition costing by the width, and read no better). A piece whose ink is much lower than the page's characters (a lone ≥, =) is cut
     * as tall as they are, centred on its ink: scaled to the recogniser's height on its own, = filled
     * it and was read as 三, ≥ as M or as nothing.
     */
    private GrayImage lineImage(GrayImage page, PixelBox piece, int[] ink, int typicalInk) {
        int top = ink[0];
        int bottom = ink[1];
        if (top == bottom) {
            return page.crop(piece.x(), piece.y(), piece.width(), piece.height());
        }
        if (bottom - top < LOW_INK * typicalInk) {
            int centre = (top + bottom) / 2;
            top = centre - typicalInk / 2;
            bottom = top + typicalInk;
        }
        int margin = Math.max(MIN_LINE_MARGIN, (int) Math.round((bottom - top) * LINE_MARGIN));
        return page.crop(piece.x() - MIN_LINE_MARGIN, top - margin, piece.width() + 2 * MIN_LINE_MARGIN,
                bottom - top + 2 * margin);
    }

    private boolean isBlankRow(GrayImage page, int y, PixelBox piece) {
        for (int x = piece.x(); x < piece.maxX(); x++) {
            if (page.get(x, y) < inkThreshold) {
                return false;
            }
        }
        return true;
    }

    /**
     * The image without its rulings, so that neither detection nor recognition takes a border for a
     * stroke. A line's dark core goes entirely; around it only the gray of its blurred edges goes, so
     * that a digit set against the border keeps its strokes.
     */
    private GrayImage erase(GrayImage image, List<RulingDetector.Line> lines, double pixelsPerPoint) {
        int margin = (int) Math.ceil(ERASE_MARGIN * pixelsPerPoint);
        GrayImage withoutCores = image.whitened(lines.stream().map(line -> footprint(line, 1, margin)).toList(), 0);
        return withoutCores.whitened(lines.stream().map(line -> footprint(line, margin, margin)).toList(), inkThreshold);
    }

    /**
     * The pixels a line covers, as {x, y, width, height}, and {@code across} more on either side and
     * {@code along} more beyond either end (where lines meet, a scan's corners are blotted).
     */
    private static int[] footprint(RulingDetector.Line line, int across, int along) {
        int half = (line.thickness() + 1) / 2 + across;
        int centre = (int) Math.round(line.position());
        return line.horizontal()
                ? new int[] {line.start() - along, centre - half, line.length() + 2 * along, 2 * half}
                : new int[] {centre - half, line.start() - along, 2 * half, line.length() + 2 * along};
    }

    private static Box toPoints(PixelBox box, double pixelsPerPoint) {
        return new Box((float) (box.x() / pixelsPerPoint), (float) (box.y() / pixelsPerPoint),
                (float) (box.width() / pixelsPerPoint), (float) (box.height() / pixelsPerPoint));
    }

    private static Ruling toRuling(RulingDetector.Line line, double pixelsPerPoint) {
        float position = (float) (line.position() / pixelsPerPoint);
        float start = (float) (line.start() / pixelsPerPoint);
        float end = (float) (line.end() / pixelsPerPoint);
        return line.horizontal() ? Ruling.horizontal(position, start, end) : Ruling.vertical(position, start, end);
    }
}
