package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two launchers, {@code jixiao} (bash) and {@code jixiao.cmd} (Windows), run the same jar with the
 * same options and build it the same way. The bash one is run here with stand-ins for {@code mvn} and
 * {@code java} that record how they were called; {@code cmd} is not available, so the Windows one is read
 * and its commands compared with what the bash one did.
 */
class LaunchersTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path BASH = ROOT.resolve("jixiao");
    private static final Path CMD = ROOT.resolve("jixiao.cmd");

    @Test
    void theWindowsLauncherHasCrlfLineEndsThroughout() throws IOException {
        String text = Files.readString(CMD, StandardCharsets.UTF_8);
        assertFalse(text.isEmpty());
        assertFalse(text.replace("\r\n", "").contains("\n"), "a bare LF: cmd misreads labels and blocks");
        assertTrue(text.endsWith("\r\n"));
    }

    @Test
    void theJarBothRunIsTheOneTheBuildWritesWithTheCliAsItsMain() throws IOException {
        String pom = Files.readString(ROOT.resolve("cli/pom.xml"));
        Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>").matcher(pom);
        assertTrue(finalName.find(), "cli/pom.xml names the shaded jar");
        assertTrue(pom.contains("<mainClass>" + JixiaoCli.class.getName() + "</mainClass>"));
        String jar = "cli/target/" + finalName.group(1) + ".jar";
        assertEquals("%here%" + jar.replace('/', '\\'), cmdSetting("jar"));
        assertTrue(Files.readString(BASH).contains("jar=\"$here/" + jar + "\""), "the bash launcher runs " + jar);
    }

    @Test
    void bothBuildAndRunAlikeAndAFailedBuildIsExitCodeFive(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("jixiao");
        Files.copy(BASH, copy);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path log = dir.resolve("calls.log");
        // stand-ins: mvn records its arguments and writes the jar (or fails); java records how it was run
        stub(bin.resolve("mvn"), "echo \"mvn $*\" >> '" + log + "'\n"
                + "if [ -n \"${FAIL_BUILD:-}\" ]; then exit 1; fi\n"
                + "mkdir -p cli/target && echo jar > cli/target/jixiao.jar\n");
        // java records each run's arguments (a line "--" after each); asked to list its classes it lists one, asked to
        // dump an archive it writes one
        stub(bin.resolve("java"), "for a in \"$@\"; do printf '%s\\n' \"$a\"; done >> '" + log + ".java'\n"
                + "echo -- >> '" + log + ".java'\n"
                + "for a in \"$@\"; do case \"$a\" in\n"
                + "  -XX:DumpLoadedClassList=*) echo java/lang/Object > \"${a#*=}\" ;;\n"
                + "  -XX:SharedArchiveFile=*) if [ \"$1\" = -Xshare:dump ]; then echo archive > \"${a#*=}\"; fi ;;\n"
                + "esac; done\n");

        Process built = launch(copy, bin, false, "search", "运行率", "--city", "忻州 市");
        assertEquals(0, built.waitFor(), new String(built.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        String mvnCall = Files.readString(log).strip();
        assertTrue(Files.exists(dir.resolve("cli/target/jixiao.jar")), "mvn ran in the launcher's folder");
        List<String> oneShot = List.of("-Xmx4g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        String jar = dir.resolve("cli/target/jixiao.jar").toString();
        List<String> plainSearch = new ArrayList<>(oneShot);
        plainSearch.addAll(List.of("-jar", jar, "search", "运行率", "--city", "忻州 市"));
        assertEquals(List.of(plainSearch), javaCalls(log),
                "a one-shot command (the quick compiler, the serial collector) that reads no document lists no classes");

        Files.delete(Path.of(log + ".java"));
        Process help = launch(copy, bin, false, "check", "--help");
        assertEquals(0, help.waitFor());
        assertEquals(1, javaCalls(log).size(), "help reads no document either: " + javaCalls(log));

        Files.delete(Path.of(log + ".java"));
        Process reading = launch(copy, bin, false, "extract", "表.pdf");
        assertEquals(0, reading.waitFor());
        List<List<String>> javaCalls = javaCalls(log);
        assertEquals(2, javaCalls.size(), "the command, then the archive's dump: " + javaCalls);
        List<String> javaCall = javaCalls.get(0);
        assertEquals(oneShot, javaCall.subList(0, 3));
        assertTrue(javaCall.get(3).startsWith("-XX:DumpLoadedClassList=" + dir.resolve("cli/target/jixiao-")),
                "the first run after a build that reads documents lists the classes it loads, beside the jar: " + javaCall);
        assertEquals(List.of("-jar", jar, "extract", "表.pdf"),
                javaCall.subList(javaCall.indexOf("-jar"), javaCall.size()), "arguments passed as given");
        String list = javaCall.get(3).substring("-XX:DumpLoadedClassList=".length());
        List<String> dump = javaCalls.get(1);
        assertEquals(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list), dump.subList(0, 2));
        assertTrue(dump.get(2).startsWith("-XX:SharedArchiveFile=" + dir.resolve("cli/target/jixiao-")), dump.toString());
        assertEquals(List.of("-cp", jar), dump.subList(3, dump.size()), "the archive's class path is the jar the runs use");
        List<Path> archives;
        try (var files = Files.list(dir.resolve("cli/target"))) {
            archives = files.filter(f -> !f.getFileName().toString().equals("jixiao.jar")).toList();
        }
        assertEquals(1, archives.size(), "the archive moved in place, the class list removed: " + archives);
        assertTrue(archives.get(0).getFileName().toString().matches("jixiao-\\d+-\\d+\\.jsa"), archives.toString());

        Files.delete(Path.of(log + ".java"));
        Process mapped = launch(copy, bin, false, "search", "表");
        assertEquals(0, mapped.waitFor());
        List<String> withArchive = new ArrayList<>(oneShot);
        withArchive.addAll(List.of("-XX:SharedArchiveFile=" + archives.get(0), "-jar", jar, "search", "表"));
        assertEquals(List.of(withArchive), javaCalls(log), "later runs map the archive");

        Files.delete(Path.of(log + ".java"));
        Process ingest = launch(copy, bin, false, "ingest", "档案");
        assertEquals(0, ingest.waitFor());
        assertEquals(List.of(List.of("-Xmx4g", "-jar", jar, "ingest", "档案")), javaCalls(log),
                "a long command keeps the JVM's defaults");

        // the Windows launcher: the same build command, the same options per command, the jar, %* after them
        assertEquals(mvnCall, cmdLine("call mvn").replaceFirst("^call ", "").replace(" 1>&2", ""));
        assertEquals(String.join(" ", oneShot), cmdSetting("opts"));
        Matcher longCommands = Pattern.compile("ingest\\|serve\\|eval\\|bench\\|bench-ingest\\)").matcher(Files.readString(BASH));
        assertTrue(longCommands.find(), "the bash launcher's long commands");
        assertTrue(Files.readString(CMD).contains("for %%C in (ingest serve eval bench bench-ingest) do ("),
                "the Windows launcher keeps the JVM's defaults for the same commands");
        assertTrue(Files.readString(CMD).contains("for %%C in (extract check tables) do "),
                "the Windows launcher writes its archive after the same commands");
        List<String> javaLines = Files.readString(CMD).lines().map(String::strip).filter(l -> l.startsWith("java ")).toList();
        assertEquals(5, javaLines.size(), javaLines.toString());
        assertTrue(javaLines.stream().allMatch(l -> l.endsWith("%enc% -jar \"%jar%\" %*")), javaLines.toString());
        assertTrue(javaLines.get(0).startsWith("java %JIXIAO_JAVA_OPTS% "), "JIXIAO_JAVA_OPTS replaces the options");
        assertTrue(cmdSetting("enc").contains("-Dsun.stdout.encoding=UTF-8"));
        assertTrue(Files.readString(CMD).contains("chcp 65001"), "the console shows UTF-8");
        assertTrue(Files.readString(CMD).contains("exit /b %ERRORLEVEL%"), "java's exit code is the launcher's");

        Files.delete(dir.resolve("cli/target/jixiao.jar"));
        Process failed = launch(copy, bin, true, "search");
        assertEquals(ExitCode.INTERNAL, failed.waitFor());
        assertTrue(new String(failed.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).contains("jixiao:"));
        assertTrue(Files.readString(CMD).contains("if not exist \"%jar%\" exit /b " + ExitCode.INTERNAL));
    }

    private static Process launch(Path launcher, Path bin, boolean failBuild, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(launcher.getParent().toFile());
        builder.environment().put("PATH", bin + ":/usr/bin:/bin");
        builder.environment().remove("JIXIAO_JAVA_OPTS");
        if (failBuild) {
            builder.environment().put("FAIL_BUILD", "1");
        }
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return builder.start();
    }

    /** The arguments of each run of the stand-in java, in order. */
    private static List<List<String>> javaCalls(Path log) throws IOException {
        List<List<String>> calls = new ArrayList<>();
        List<String> call = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(log + ".java"))) {
            if (line.equals("--")) {
                calls.add(call);
                call = new ArrayList<>();
            } else {
                call.add(line);
            }
        }
        return calls;
    }

    private static void stub(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The value of {@code set "NAME=value"} in jixiao.cmd. */
    private static String cmdSetting(String name) throws IOException {
        Matcher set = Pattern.compile("set \"" + name + "=([^\"]*)\"").matcher(Files.readString(CMD));
        assertTrue(set.find(), "jixiao.cmd sets " + name);
        return set.group(1);
    }

    /** The first line of jixiao.cmd that starts with the given words, trimmed. */
    private static String cmdLine(String start) throws IOException {
        return Files.readString(CMD).lines().map(String::strip).filter(line -> line.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("jixiao.cmd has no line starting with " + start));
    }
}
