package org.jixiao.cli.bench;

import java.nio.file.Path;

/** What the benchmark times: one file through one tool. Implementations keep nothing between files. */
public interface BenchWorkload {

    /** A short name with its version, for the report. */
    String name();

    Counts process(Path file) throws Exception;

    /** What a tool made of a file, to show it did the work. */
    record Counts(int pages, int tables) {

        public Counts plus(Counts other) {
            return new Counts(pages + other.pages, tables + other.tables);
        }
    }
}
