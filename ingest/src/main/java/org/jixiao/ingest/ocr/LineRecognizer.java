package org.jixiao.ingest.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jixiao.ingest.Glyph;

/**
 * Reads the text of single-line images with a CRNN/SVTR recognition model and CTC decoding: the
 * model scores every character of its alphabet at each step along the line; the best character per
 * step, with repeats and blanks removed, is the text, and its score the character's confidence;
 * the next likeliest characters at that step are kept as its runners-up.
 * Thread-safe: ONNX Runtime sessions may be run from many threads at once.
 */
final class LineRecognizer {

    /** Characters kept per place: the one read and its runners-up. */
    private static final int CANDIDATES = 5;

    /** A blank step this sure or less is one where the recogniser considered a character. */
    private static final float MAX_HESITANT_BLANK = 0.95f;
    /** Classes kept at such a step, the blank first: 缮 came sixth or seventh after 鳝, 缚, 膳 and marks. */
    private static final int CONSIDERED = 12;
    /** … and a character it gave at least this probability is one it considered. */
    private static final float MIN_CONSIDERED = 0.001f;
    /** Two characters this many usual steps apart or more leave room for one between them. */
    private static final double GAP_STRIDES = 1.6;
    /**
     * A place after a line's last character: a blank step at least this many usual steps after it that
     * won by no more than {@link #MAX_END_BLANK} (修缮 at a cell's end: 鳝 0.32 against the blank's 0.47,
     * five steps after 修 where four is usual). A line's own end leaves sure blanks.
     */
    private static final double END_STRIDES = 0.75;
    private static final float MAX_END_BLANK = 0.8f;
    /**
     * … or one that hesitated less (any step that considered a character, the blank 0.84 against 鳝 0.05
     * and 缮 0.006) where the line image has ink under it: at least this share of the ink under the
     * line's read characters. Past a line's end there is paper, or a speck.
     */
    private static final double MIN_END_INK = 0.3;
    /** Steps either side of a step whose columns count as under it: a step is a quarter of a character. */
    private static final int INK_REACH = 1;
    /** A line needs this many characters before its usual step from one to the next is known. */
    private static final int MIN_CHARS_FOR_STRIDE = 4;

    private final OrtSession session;
    private final List<String> alphabet;
    private final int inputHeight;
    private final int minWidth;
    private final int inkThreshold;

    /**
     * @param alphabet     the model's characters in output order, without the CTC blank (index 0)
     * @param minWidth     narrower line images are padded to this width (pixels at the input height)
     * @param inkThreshold gray levels below this are ink
     */
    LineRecognizer(OrtSession session, List<String> alphabet, int inputHeight, int minWidth, int inkThreshold) {
        this.session = session;
        this.alphabet = List.copyOf(alphabet);
        this.inputHeight = inputHeight;
        this.minWidth = minWidth;
        this.inkThreshold = inkThreshold;
    }

    /**
     * The text of each line image, in the order given. Lines run one at a time: on a CPU, batches of
     * lines padded to a common width cost more than they save (measured: 1.8 times the time).
     */
    List<Recognition> recognize(List<GrayImage> lines) throws OrtException {
        List<Recognition> read = new ArrayList<>(lines.size());
        for (GrayImage line : lines) {
            read.add(recognize(line));
        }
        return read;
    }

    private Recognition recognize(GrayImage line) throws OrtException {
        int width = inputWidth(line, inputHeight, minWidth);
        FloatBuffer input = INPUT.get().take(3 * inputHeight * width);
        writeInput(line, inputHeight, width, input);
        int steps = steps(width);
        int classes = alphabet.size() + 1; // the blank, then the alphabet
        FloatBuffer scores = SCORES.get().take(steps * classes);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        // the scores are written straight into our buffer: a line's steps × classes floats are not copied out
        try (OnnxTensor in = OnnxTensor.createTensor(env, input, new long[] {1, 3, inputHeight, width});
             OnnxTensor out = OnnxTensor.createTensor(env, scores, new long[] {1, steps, classes});
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), in),
                     Map.of(session.getOutputNames().iterator().next(), out))) {
            // the ink is counted only for a line that ends in a mild hesitation
            return decode(scores, steps, classes,
                    () -> inkPerStep(line, scaledWidth(line, inputHeight), width, steps, inkThreshold));
        }
    }

    /**
     * The ink pixels of the line image in the columns each decoding step reads (the steps share the
     * model's input width alike; padding holds no ink).
     */
    static int[] inkPerStep(GrayImage line, int scaledWidth, int inputWidth, int steps, int inkThreshold) {
        int[] ink = new int[steps];
        for (int x = 0; x < line.width(); x++) {
            int step = (int) ((x + 0.5) * scaledWidth / line.width() * steps / inputWidth);
            int dark = 0;
            for (int y = 0; y < line.height(); y++) {
                if (line.get(x, y) < inkThreshold) {
                    dark++;
                }
            }
            ink[Math.min(step, steps - 1)] += dark;
        }
        return ink;
    }

    /** The width of the model's input for a line image: scaled to the input height, at least {@code minWidth}. */
    static int inputWidth(GrayImage line, int inputHeight, int minWidth) {
        return Math.max(scaledWidth(line, inputHeight), minWidth);
    }

    private static int scaledWidth(GrayImage line, int inputHeight) {
        return Math.max(1, (int) Math.ceil((double) inputHeight * line.width() / line.height()));
    }

    /**
     * Writes the model's input for a line image into {@code input} (3 × inputHeight × width floats): the
     * line scaled to the input height, gray levels mapped to −1…1, the three colour planes alike. A short
     * line is padded (with 0, the mid-gray the model was trained to ignore) to a width that gives the
     * decoder enough steps: a lone digit in a cell is otherwise read as nothing.
     */
    static void writeInput(GrayImage line, int inputHeight, int width, FloatBuffer input) {
        int lineWidth = scaledWidth(line, inputHeight);
        GrayImage resized = line.resized(lineWidth, inputHeight);
        int plane = inputHeight * width;
        for (int y = 0; y < inputHeight; y++) {
            for (int x = 0; x < width; x++) {
                input.put(y * width + x, x < lineWidth ? resized.get(x, y) / 127.5f - 1f : 0f);
            }
        }
        input.put(plane, input, 0, plane);
        input.put(2 * plane, input, 0, plane);
    }

    /**
     * The decoding steps of a line image this many pixels wide: PP-OCRv4's recogniser halves the width
     * three times, rounding up twice and down once, and leaves at least one (checked against the model
     * in {@code PaddleOcrRouteTest}).
     */
    static int steps(int width) {
        return Math.max(1, ((width + 1) / 2 + 1) / 2 / 2);
    }

    /** A direct buffer a thread hands the model, or has it write into, again and again: grown as lines get longer. */
    private static final class ReusedBuffer {
        private FloatBuffer buffer = FloatBuffer.allocate(0);

        /** The first {@code floats} of the buffer, as a buffer of their own. */
        FloatBuffer take(int floats) {
            if (buffer.capacity() < floats) {
                buffer = ByteBuffer.allocateDirect(Integer.highestOneBit(floats) * 2 * Float.BYTES)
                        .order(ByteOrder.nativeOrder()).asFloatBuffer();
            }
            return buffer.clear().limit(floats).slice();
        }
    }

    private static final ThreadLocal<ReusedBuffer> INPUT = ThreadLocal.withInitial(ReusedBuffer::new);
    private static final ThreadLocal<ReusedBuffer> SCORES = ThreadLocal.withInitial(ReusedBuffer::new);

    /**
     * Greedy CTC decoding of one line: the best class per step; a run of equal classes is one
     * character, scored at its most confident step, where its runners-up are taken too. Where the
     * line's spacing leaves room for a character that no step read, the step that hesitated most
     * there is kept as an unread place ({@link #unreadPlaces}).
     */
    Recognition decode(FloatBuffer scores, int steps, int classes, Supplier<int[]> inkPerStep) {
        float[] step = new float[classes];
        int[] top = new int[CANDIDATES];
        int[] considering = new int[CONSIDERED];
        List<RecognizedChar> chars = new ArrayList<>();
        List<Integer> startSteps = new ArrayList<>();
        Map<Integer, RecognizedChar> hesitations = new TreeMap<>();
        int previous = 0;
        for (int t = 0; t < steps; t++) {
            float blank = scores.get(t * classes);
            if (blank > MAX_HESITANT_BLANK) {
                // most steps of a line: a sure blank wins (no other class reaches half) and considers nothing
                previous = 0;
                continue;
            }
            scores.position(t * classes);
            scores.get(step);
            int best = topClasses(step, top);
            if (best != 0 && best <= alphabet.size()) {
                if (best != previous || step[best] > chars.get(chars.size() - 1).confidence()) {
                    List<Glyph.Candidate> runnersUp = new ArrayList<>(CANDIDATES - 1);
                    for (int k = 1; k < CANDIDATES && top[k] >= 0; k++) {
                        runnersUp.add(new Glyph.Candidate(character(top[k]), step[top[k]]));
                    }
                    if (top[1] == 0) {
                        // doubting a character stands here at all, it read a look-alike of one it barely knows
                        // (鳝 for 缮, which came seventh): look further down, as at an unread place
                        runnersUp = considered(step, considering, best);
                    }
                    RecognizedChar read = new RecognizedChar(alphabet.get(best - 1), step[best], runnersUp);
                    if (best != previous) {
                        chars.add(read);
                        startSteps.add(t);
                    } else {
                        chars.set(chars.size() - 1, read);
                    }
                }
            } else if (best == 0 && step[0] <= MAX_HESITANT_BLANK) {
                // a character the model barely knows comes after its look-alikes: look further down
                List<Glyph.Candidate> considered = considered(step, considering, 0);
                if (!considered.isEmpty()) {
                    hesitations.put(t, new RecognizedChar("", step[0], considered));
                }
            }
            previous = best;
        }
        return new Recognition(unreadPlaces(chars, startSteps, hesitations, inkPerStep));
    }

    /**
     * The characters with an unread place (text "", the characters the recogniser considered there as
     * candidates) between two read characters that stand a character apart or more: further than
     * {@link #GAP_STRIDES} times the line's usual steps from one character to the next, with a step
     * between them where the blank won by less than {@link #MAX_HESITANT_BLANK}. A rare character
     * the model barely knows (缮 of 修缮, 蓥) leaves exactly this: its place, and itself among the
     * candidates there. Later stages put it back where the vocabulary makes a word of it. After the
     * last character a step that hesitated hard is such a place too, and one that hesitated at all
     * where there is ink ({@link #MIN_END_INK}).
     */
    private static List<RecognizedChar> unreadPlaces(List<RecognizedChar> chars, List<Integer> startSteps,
                                                     Map<Integer, RecognizedChar> hesitations, Supplier<int[]> inkPerStep) {
        if (chars.size() < MIN_CHARS_FOR_STRIDE || hesitations.isEmpty()) {
            return chars;
        }
        int[] strides = new int[chars.size() - 1];
        for (int i = 1; i < chars.size(); i++) {
            strides[i - 1] = startSteps.get(i) - startSteps.get(i - 1);
        }
        int[] sorted = strides.clone();
        Arrays.sort(sorted);
        double usual = sorted[sorted.length / 2];
        List<RecognizedChar> withPlaces = new ArrayList<>(chars.size() + 1);
        for (int i = 0; i < chars.size(); i++) {
            if (i > 0 && strides[i - 1] >= GAP_STRIDES * usual) {
                RecognizedChar place = null;
                for (Map.Entry<Integer, RecognizedChar> h : hesitations.entrySet()) {
                    if (h.getKey() > startSteps.get(i - 1) && h.getKey() < startSteps.get(i)
                            && (place == null || h.getValue().confidence() < place.confidence())) {
                        place = h.getValue();
                    }
                }
                if (place != null) {
                    withPlaces.add(place);
                }
            }
            withPlaces.add(chars.get(i));
        }
        // after the last character: a step that hesitated hard, a good part of a character further on
        int last = startSteps.get(chars.size() - 1);
        List<Map.Entry<Integer, RecognizedChar>> afterLast = hesitations.entrySet().stream()
                .filter(h -> h.getKey() - last >= END_STRIDES * usual)
                .sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingDouble(RecognizedChar::confidence)))
                .toList();
        if (afterLast.isEmpty()) {
            return withPlaces;
        }
        if (afterLast.get(0).getValue().confidence() <= MAX_END_BLANK) {
            withPlaces.add(afterLast.get(0).getValue());
            return withPlaces;
        }
        int[] ink = inkPerStep.get();
        double charInk = ink == null ? 0 : medianInk(ink, startSteps);
        afterLast.stream()
                .filter(h -> charInk > 0 && inkAround(ink, h.getKey()) >= MIN_END_INK * charInk)
                .findFirst()
                .ifPresent(h -> withPlaces.add(h.getValue()));
        return withPlaces;
    }

    /** The ink within {@link #INK_REACH} steps of a step. */
    private static int inkAround(int[] inkPerStep, int step) {
        int ink = 0;
        for (int t = Math.max(0, step - INK_REACH); t <= Math.min(inkPerStep.length - 1, step + INK_REACH); t++) {
            ink += inkPerStep[t];
        }
        return ink;
    }

    /** The median ink around the steps where the line's characters were read. */
    private static double medianInk(int[] inkPerStep, List<Integer> startSteps) {
        int[] ink = startSteps.stream().mapToInt(step -> inkAround(inkPerStep, step)).sorted().toArray();
        return ink.length == 0 ? 0 : ink[ink.length / 2];
    }

    /**
     * The classes of a step after the one read ({@code read}), best first, down to the {@link #CONSIDERED}th
     * and to {@link #MIN_CONSIDERED}: the blank among them where it is not the one read.
     */
    private List<Glyph.Candidate> considered(float[] step, int[] considering, int read) {
        topClasses(step, considering);
        List<Glyph.Candidate> considered = new ArrayList<>(CONSIDERED - 1);
        for (int k = 0; k < CONSIDERED && considering[k] >= 0 && considering[k] <= alphabet.size(); k++) {
            if (considering[k] != read && step[considering[k]] >= MIN_CONSIDERED) {
                considered.add(new Glyph.Candidate(character(considering[k]), step[considering[k]]));
            }
        }
        return considered;
    }

    /** Fills {@code top} with the indices of the most likely classes, best first; returns the best. */
    private static int topClasses(float[] step, int[] top) {
        Arrays.fill(top, -1);
        for (int c = 0; c < step.length; c++) {
            float p = step[c];
            if (top[top.length - 1] >= 0 && p <= step[top[top.length - 1]]) {
                continue;
            }
            int k = top.length - 1;
            while (k > 0 && (top[k - 1] < 0 || p > step[top[k - 1]])) {
                top[k] = top[k - 1];
                k--;
            }
            top[k] = c;
        }
        return top[0];
    }

    /** The character of a class; the blank (0), and the classes beyond the alphabet, are "no character". */
    private String character(int cls) {
        return cls == 0 || cls > alphabet.size() ? "" : alphabet.get(cls - 1);
    }
}
