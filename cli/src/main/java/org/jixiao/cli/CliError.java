package org.jixiao.cli;

/** A failure the user can act on: one line in Chinese, and the exit code that goes with it. */
final class CliError extends RuntimeException {

    private final int exitCode;

    CliError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** A value or an input that cannot be used: exit {@link ExitCode#USAGE}. */
    static CliError usage(String message) {
        return new CliError(ExitCode.USAGE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
