package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jixiao.index.IndexUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Every command's failures as one line on stderr, in Chinese with the English term in brackets, and a
 * documented {@link ExitCode}; the stack trace only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final boolean debug;

    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": 参数有误 (invalid argument): " + e.getMessage() + "（用法见 " + name + " --help）");
        trace(err, e);
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        int code;
        String message;
        if (cause instanceof CliError error) {
            code = error.exitCode();
            message = error.getMessage();
        } else if (cause instanceof IndexUnavailableException.Missing missing) {
            code = ExitCode.INDEX_UNAVAILABLE;
            message = "这里没有索引 (no index): " + missing.directory().toAbsolutePath()
                    + "；请先运行 jixiao ingest，或用 --data 指向索引所在的文件夹";
        } else if (cause instanceof IndexUnavailableException.Locked locked) {
            code = ExitCode.INDEX_UNAVAILABLE;
            message = lockedMessage(locked) + "；请稍后再试或等它结束";
        } else if (cause instanceof NoSuchFileException missingFile) {
            code = ExitCode.USAGE;
            message = "文件不存在 (no such file): " + missingFile.getFile();
        } else if (cause instanceof AccessDeniedException denied) {
            code = ExitCode.INTERNAL;
            message = "没有权限 (access denied): " + denied.getFile();
        } else if (cause instanceof IOException io) {
            code = ExitCode.INTERNAL;
            message = "读写失败 (I/O error): " + io.getMessage();
        } else {
            code = ExitCode.INTERNAL;
            message = "内部错误 (internal error): " + cause + (debug ? "" : "；加 --debug 查看详情");
        }
        err.println(name + ": " + message);
        trace(err, e);
        err.flush();
        return code;
    }

    /** "An import is running (started …)": shared with {@code remove}, which waits for it. */
    static String lockedMessage(IndexUnavailableException.Locked locked) {
        return "索引正在导入 (index locked: an import is running"
                + (locked.since() == null ? "" : ", started " + STARTED.format(locked.since())) + "): "
                + locked.directory().toAbsolutePath();
    }

    private void trace(PrintWriter err, Throwable e) {
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
