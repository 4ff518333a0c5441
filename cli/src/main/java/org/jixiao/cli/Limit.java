package org.jixiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --limit} of the listing commands: 0 for all, never negative. */
final class Limit {

    private Limit() {
    }

    static void check(CommandLine command, int limit) {
        if (limit < 0) {
            throw new ParameterException(command, "--limit 应为 0（全部）或正整数 (0 for all, or a positive number)，不能是 " + limit);
        }
    }

    /** The rows wanted: a table stops at the limit; an export takes every row unless a limit was given. */
    static int effective(CommandSpec spec, OutputFormat format, int limit) {
        boolean given = spec.commandLine().getParseResult().hasMatchedOption("--limit");
        return format == OutputFormat.table || given ? limit : 0;
    }

    /** An export cut short by {@code --limit} says so on stderr, so no row goes missing unnoticed. */
    static void warnLeftOut(CommandLine command, long leftOut) {
        if (leftOut > 0) {
            command.getErr().println("jixiao: --limit 截断，另有 " + leftOut + " 行未输出 (" + leftOut
                    + " rows left out; --limit 0 for all)");
            command.getErr().flush();
        }
    }
}
