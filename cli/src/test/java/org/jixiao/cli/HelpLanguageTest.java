package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Help in Chinese by default, in English with {@code --lang en}. */
class HelpLanguageTest {

    /** Developer tools: their descriptions stay English but for the command's own line. */
    private static final Set<String> DEVELOPER_TOOLS = Set.of("bench", "bench-ingest");

    @Test
    void everyOptionOfEveryCommandIsDescribedInChinese() {
        CommandLine chinese = JixiaoCli.commandLine();
        CommandLine english = JixiaoCli.commandLine("--lang", "en");
        List<String> untranslated = new ArrayList<>();
        chinese.getSubcommands().forEach((name, command) -> {
            String description = String.join(" ", command.getCommandSpec().usageMessage().description());
            if (!containsHan(description)) {
                untranslated.add(name);
            }
            if (DEVELOPER_TOOLS.contains(name)) {
                return;
            }
            List<ArgSpec> args = new ArrayList<>(command.getCommandSpec().args());
            for (ArgSpec arg : args) {
                String text = String.join(" ", arg.description());
                if (!containsHan(text)) {
                    untranslated.add(name + " " + arg);
                }
            }
        });
        assertEquals(List.of(), untranslated);
        String englishSearch = String.join(" ", english.getSubcommands().get("search").getCommandSpec().usageMessage().description());
        assertTrue(englishSearch.startsWith("Find indicator rows"), englishSearch);
    }

    /** A command's entry in the command list, its wrapped lines joined. */
    private static String entry(String help, String command) {
        List<String> lines = help.lines().toList();
        int start = 0;
        while (!lines.get(start).strip().startsWith(command + " ")) {
            start++;
        }
        StringBuilder entry = new StringBuilder(lines.get(start).strip().substring(command.length()).strip());
        for (int i = start + 1; i < lines.size() && lines.get(i).startsWith("                "); i++) {
            entry.append(' ').append(lines.get(i).strip());
        }
        return entry.toString();
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    @Test
    void helpPrintsChineseByDefaultAndEnglishOnRequest() {
        CliRun zh = CliRun.jixiao("search", "--help");
        assertEquals(0, zh.exitCode());
        assertTrue(zh.out().startsWith("按指标名称检索整个档案库。"), zh.out());
        assertTrue(zh.out().contains("用法："), zh.out());
        assertTrue(zh.out().replaceAll("\\s+", "").contains("带BOM的UTF-8"), zh.out());
        assertTrue(zh.out().contains("退出码"), zh.out());
        assertTrue(zh.out().contains("筛选："), zh.out());
        CliRun en = CliRun.jixiao("search", "--help", "--lang", "en");
        assertEquals(0, en.exitCode(), en.err());
        assertTrue(en.out().startsWith("Usage:"), en.out());
        assertTrue(en.out().contains("Find indicator rows"), en.out());
        assertFalse(en.out().contains("BOM 的"), en.out());
    }

    @Test
    void theCommandListShowsWholeSentences() {
        CliRun top = CliRun.jixiao("--help");
        assertEquals(0, top.exitCode(), top.err());
        String compare = entry(top.out(), "compare");
        assertTrue(compare.endsWith("。"), compare);
        CliRun en = CliRun.jixiao("--lang", "en", "--help");
        String englishCompare = entry(en.out(), "compare");
        assertTrue(englishCompare.endsWith("across cities and years."), englishCompare);
        assertEquals("", top.err() + en.err());
    }
}
