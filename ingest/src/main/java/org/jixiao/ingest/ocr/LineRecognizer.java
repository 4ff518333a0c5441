package org.jixiao.ingest.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    private final OrtSession session;
    private final List<String> alphabet;
    private final int inputHeight;
    private final int minWidth;

    /**
     * @param alphabet the model's characters in output order, without the CTC blank (index 0)
     * @param minWidth narrower line images are padded to this width (pixels at the input height)
     */
    LineRecognizer(OrtSession session, List<String> alphabet, int inputHeight, int minWidth) {
        this.session = session;
        this.alphabet = List.copyOf(alphabet);
        this.inputHeight = inputHeight;
        this.minWidth = minWidth;
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
        int lineWidth = Math.max(1, (int) Math.ceil((double) inputHeight * line.width() / line.height()));
        GrayImage resized = line.resized(lineWidth, inputHeight);
        // a short line is padded (with 0, the mid-gray the model was trained to ignore) to a width that
        // gives the decoder enough steps: a lone digit in a cell is otherwise read as nothing
        int width = Math.max(lineWidth, minWidth);
        int plane = inputHeight * width;
        FloatBuffer buffer = FloatBuffer.allocate(3 * plane);
        float[] data = buffer.array();
        for (int y = 0; y < inputHeight; y++) {
            for (int x = 0; x < lineWidth; x++) {
                float v = resized.get(x, y) / 127.5f - 1f;
                int i = y * width + x;
                data[i] = v;
                data[plane + i] = v;
                data[2 * plane + i] = v;
            }
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OnnxTensor tensor = OnnxTensor.createTensor(env, buffer, new long[] {1, 3, inputHeight, width});
             OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
            OnnxTensor output = (OnnxTensor) result.get(0);
            long[] shape = output.getInfo().getShape();
            int steps = (int) shape[1];
            int classes = (int) shape[2];
            return decode(output.getFloatBuffer(), steps, classes);
        }
    }

    /**
     * Greedy CTC decoding of one line: the best class per step; a run of equal classes is one
     * character, scored at its most confident step, where its runners-up are taken too.
     */
    private Recognition decode(FloatBuffer scores, int steps, int classes) {
        float[] step = new float[classes];
        int[] top = new int[CANDIDATES];
        List<RecognizedChar> chars = new ArrayList<>();
        int previous = 0;
        for (int t = 0; t < steps; t++) {
            scores.position(t * classes);
            scores.get(step);
            int best = topClasses(step, top);
            if (best != 0 && best <= alphabet.size()) {
                if (best != previous || step[best] > chars.get(chars.size() - 1).confidence()) {
                    List<Glyph.Candidate> runnersUp = new ArrayList<>(CANDIDATES - 1);
                    for (int k = 1; k < CANDIDATES && top[k] >= 0; k++) {
                        runnersUp.add(new Glyph.Candidate(character(top[k]), step[top[k]]));
                    }
                    RecognizedChar read = new RecognizedChar(alphabet.get(best - 1), step[best], runnersUp);
                    if (best != previous) {
                        chars.add(read);
                    } else {
                        chars.set(chars.size() - 1, read);
                    }
                }
            }
            previous = best;
        }
        return new Recognition(chars);
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
