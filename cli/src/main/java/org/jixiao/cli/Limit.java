package org.jixiao.cli;

import picocli.CommandLine;
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
}
