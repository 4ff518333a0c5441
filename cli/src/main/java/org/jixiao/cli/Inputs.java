package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.extract.Extraction;
import org.jixiao.index.bulk.BulkIngester;
import org.jixiao.index.bulk.InputFile;
import org.jixiao.ingest.IngestException;

/**
 * The files a command was given: named files stand for themselves, folders are walked as
 * {@code ingest} walks them (Windows {@code cmd} does not expand {@code *.pdf}, a folder does the job).
 */
final class Inputs {

    /** @param walked found in a folder rather than named: skipped, not failed, when it is not a document */
    record Input(Path file, boolean walked) {

        /** Whether a failure to read this input only means it is not a document found in a folder. */
        boolean skippable(IngestException e) {
            return walked && e.reason() == IngestException.Reason.UNSUPPORTED_TYPE;
        }
    }

    private Inputs() {
    }

    /**
     * Every input. A named path that does not exist stays, for the loader to report with the others
     * (the batch goes on); folders without any file are a usage error naming them.
     */
    static List<Input> of(List<Path> paths) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            boolean folder = Files.isDirectory(path);
            BulkIngester.listFiles(List.of(path)).forEach(file -> inputs.add(new Input(file, folder)));
        }
        requireSome(inputs, paths);
        return inputs;
    }

    static List<Path> files(List<Path> paths) throws IOException {
        return of(paths).stream().map(Input::file).toList();
    }

    /** The files to ingest, each with the path it is known by (relative to the folder given). */
    static List<InputFile> toIngest(List<Path> paths) throws IOException {
        return requireSome(BulkIngester.list(paths), paths);
    }

    private static <T> List<T> requireSome(List<T> inputs, List<Path> paths) {
        if (inputs.isEmpty()) {
            throw CliError.usage("没有可读的文件 (nothing to read): " + String.join(" ", paths.stream().map(Path::toString).toList()));
        }
        return inputs;
    }

    /**
     * A document read without error in which nothing was recognised (blank pages, an unrelated PDF)
     * still succeeds; stderr says so, naming the file, so an empty record is never a silent one.
     */
    static void sayIfUnrecognised(PrintWriter err, Path file, Extraction extraction) {
        if (extraction.record().projects().isEmpty()) {
            err.println("jixiao: " + file + ": 未识别到绩效表单 (no performance form recognised)");
            err.flush();
        }
    }
}
