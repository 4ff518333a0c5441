package org.jixiao.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every command, as the help's footer lists them. */
final class ExitCode {

    static final int OK = 0;
    /** Some files could not be read; the others were processed. */
    static final int FILES_FAILED = 1;
    /** Invalid option or value, or nothing to work on. */
    static final int USAGE = 2;
    /** The index is missing, or another process is writing to it. */
    static final int INDEX_UNAVAILABLE = 3;
    /** {@code check}: findings at or above {@code --fail-on}. */
    static final int FINDINGS = 4;
    /** A read or write failed, or a bug: the message says which; {@code --debug} shows the trace. */
    static final int INTERNAL = 5;

    /** The help's exit-code list, code → meaning. */
    static final Map<String, String> LIST = new LinkedHashMap<>();

    static {
        LIST.put(Integer.toString(OK), "成功 (success)");
        LIST.put(Integer.toString(FILES_FAILED), "有文件未能读取，其余照常处理 (some files failed)");
        LIST.put(Integer.toString(USAGE), "选项或参数有误，或没有可处理的内容 (invalid usage)");
        LIST.put(Integer.toString(INDEX_UNAVAILABLE), "索引不存在或正在导入 (index missing or locked)");
        LIST.put(Integer.toString(FINDINGS), "check 发现达到 --fail-on 级别的问题 (findings)");
        LIST.put(Integer.toString(INTERNAL), "读写失败或内部错误，--debug 显示详情 (I/O or internal error)");
    }

    private ExitCode() {
    }
}
