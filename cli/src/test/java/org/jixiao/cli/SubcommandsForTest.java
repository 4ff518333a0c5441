package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A one-shot line sets up only the subcommand it names, and that subcommand behaves as among all of them. */
class SubcommandsForTest {

    @Test
    void theSubcommandALineNamesIsSetUpAlone() {
        assertEquals(List.of(ExtractCommand.class), JixiaoCli.subcommandsFor("extract", "a.pdf", "--format", "json"));
        assertEquals(List.of(CheckCommand.class), JixiaoCli.subcommandsFor("--lang", "en", "check", "form.pdf"));
        assertEquals(List.of(CheckCommand.class), JixiaoCli.subcommandsFor("--debug", "--lang=en", "check", "form.pdf"));
    }

    @Test
    void everySubcommandWhenTheLineNamesNoneOrAsksForHelp() {
        int all = JixiaoCli.commandLine().getSubcommands().size();
        for (String[] line : new String[][] {{}, {"--help"}, {"help", "extract"}, {"extrct", "a.pdf"}, {"--", "extract"},
                {"--lang", "extract"}}) {
            assertEquals(all, JixiaoCli.subcommandsFor(line).size(), String.join(" ", line));
        }
    }

    @Test
    void aSubcommandSetUpAloneHasTheSameHelpAndOptions() {
        for (String language : new String[] {"zh", "en"}) {
            CommandLine full = JixiaoCli.commandLine("--lang", language);
            full.getSubcommands().forEach((name, command) -> {
                if (name.equals("help")) {
                    return;
                }
                CommandLine alone = JixiaoCli.commandLine("--lang", language, name);
                assertEquals(List.of(name), List.copyOf(alone.getSubcommands().keySet()));
                CommandLine sub = alone.getSubcommands().get(name);
                assertEquals(command.getUsageMessage(), sub.getUsageMessage(), name + " " + language);
                assertEquals(command.isCaseInsensitiveEnumValuesAllowed(), sub.isCaseInsensitiveEnumValuesAllowed(), name);
                assertEquals(command.getCommandSpec().options().size(), sub.getCommandSpec().options().size(), name);
            });
        }
    }
}
