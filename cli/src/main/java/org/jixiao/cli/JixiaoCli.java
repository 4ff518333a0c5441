package org.jixiao.cli;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code jixiao} command: subcommands wire the stages together and nothing else. */
@Command(name = "jixiao", mixinStandardHelpOptions = true, version = "jixiao 0.1.0",
        description = "Chinese fiscal project-performance documents (绩效) into searchable, checkable records.")
public final class JixiaoCli {

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CommandLine.HelpCommand.class, ExtractCommand.class,
            TablesCommand.class, EvalCommand.class, BenchCommand.class, IngestCommand.class, SearchCommand.class,
            CompareCommand.class, FindingsCommand.class, CheckCommand.class, BenchIngestCommand.class,
            RemoveCommand.class, ServeCommand.class, SolrConfigsetCommand.class);

    static final String DEBUG = "--debug";

    @Option(names = DEBUG, scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean debug;

    static final String LANG = "--lang";

    /** Read before parsing (the help's language must be known first); declared so that parsing accepts it. */
    @Option(names = LANG, scope = ScopeType.INHERIT, paramLabel = "zh|en", description = "Language of the help: zh (the default) or en.")
    String lang;

    /** The Chinese help; the English is the descriptions in the code. */
    private static final String HELP_MESSAGES = "org.jixiao.cli.HelpMessages";

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
        CommandLine commandLine = new CommandLine(new JixiaoCli());
        for (Class<?> subcommand : subcommandsFor(args)) {
            commandLine.addSubcommand(subcommand);
        }
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
        boolean english = english(args);
        if (!english) {
            commandLine.setResourceBundle(ResourceBundle.getBundle(HELP_MESSAGES, Locale.ROOT));
        }
        listExitCodes(commandLine, Collections.unmodifiableMap(ExitCode.LIST));
        return commandLine;
    }

    /**
     * The subcommand the line names, alone, when its first word (after the options of {@code jixiao}
     * itself) is one: picocli works out the options of every subcommand it is given from their
     * annotations, a tenth of a CPU-second a one-shot run spends before its work. Every subcommand
     * otherwise (no command, {@code help}, a misspelt one), so the help and the errors list them all.
     */
    static List<Class<?>> subcommandsFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            } else if (args[i].equals(LANG)) {
                i++;
            } else if (!args[i].startsWith("-")) {
                for (Class<?> subcommand : SUBCOMMANDS) {
                    String name = subcommand.getAnnotation(Command.class).name();
                    if (name.equals(args[i]) && subcommand != CommandLine.HelpCommand.class) {
                        return List.of(subcommand);
                    }
                }
                return SUBCOMMANDS;
            }
        }
        return SUBCOMMANDS;
    }

    /** {@code --lang en} or {@code --lang=en} anywhere on the line. */
    private static boolean english(String... args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].equals(LANG) && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith(LANG + "=") ? args[i].substring(LANG.length() + 1) : null;
            if (value != null) {
                return value.toLowerCase(Locale.ROOT).startsWith("en");
            }
        }
        return false;
    }

    private static void listExitCodes(CommandLine command, Map<String, String> exitCodes) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%n退出码 (exit codes):%n").exitCodeList(exitCodes);
        command.getSubcommands().values().forEach(sub -> listExitCodes(sub, exitCodes));
    }
}
