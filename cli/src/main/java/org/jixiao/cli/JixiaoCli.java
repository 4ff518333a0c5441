package org.jixiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jixiao} command: subcommands wire the stages together and nothing else. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "jixiao 0.1.0",
        description = "Chinese fiscal project-performance documents (绩效) into searchable, checkable records.",
        subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, TablesCommand.class,
                EvalCommand.class, BenchCommand.class, IngestCommand.class, SearchCommand.class,
                CompareCommand.class, FindingsCommand.class, CheckCommand.class, BenchIngestCommand.class,
                RemoveCommand.class, ServeCommand.class})
public final class JixiaoCli {

    public static void main(String[] args) {
        System.exit(mainWithoutExit(args));
    }

    /** Runs the command and returns its exit code, so tests can call it in-process. */
    public static int mainWithoutExit(String... args) {
        return new CommandLine(new JixiaoCli()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
