package org.jixiao.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code jixiao} command: subcommands wire the stages together and nothing else. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "jixiao 0.1.0",
        description = "Chinese fiscal project-performance documents (绩效) into searchable, checkable records.",
        subcommands = {CommandLine.HelpCommand.class, ExtractCommand.class, TablesCommand.class,
                EvalCommand.class, BenchCommand.class, IngestCommand.class, SearchCommand.class,
                CompareCommand.class, FindingsCommand.class, CheckCommand.class, BenchIngestCommand.class,
                RemoveCommand.class})
public final class JixiaoCli {

    static final String DEBUG = "--debug";

    @Option(names = DEBUG, scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(mainWithoutExit(args));
    }

    /** Runs the command and returns its exit code, so tests can call it in-process. */
    public static int mainWithoutExit(String... args) {
        return commandLine(args).execute(args);
    }

    /** The command line for these arguments: the error handler must know about {@code --debug} before parsing. */
    static CommandLine commandLine(String... args) {
        ErrorHandler errors = new ErrorHandler(Arrays.asList(args).contains(DEBUG));
        CommandLine commandLine = new CommandLine(new JixiaoCli()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (String line : ExitCode.LIST) {
            int colon = line.indexOf(':');
            exitCodes.put(line.substring(0, colon), line.substring(colon + 1));
        }
        listExitCodes(commandLine, exitCodes);
        return commandLine;
    }

    private static void listExitCodes(CommandLine command, Map<String, String> exitCodes) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes (退出码):%n").exitCodeList(exitCodes);
        command.getSubcommands().values().forEach(sub -> listExitCodes(sub, exitCodes));
    }
}
