package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The reference pages {@code docs/cli/<command>.md} are the commands' own help, rendered from
 * the picocli model: this test fails when a page falls behind its command. To regenerate them:
 * {@code mvn -pl cli test -Dtest=CommandDocsTest -Dsluice.updateDocs=true}.
 */
class CommandDocsTest {
  private static final Path DOCS = Path.of("../docs/cli");

  @Test
  void everyCommandHasAnUpToDateReferencePage() throws IOException {
    CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    boolean update = Boolean.getBoolean("sluice.updateDocs");
    for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      Path page = DOCS.resolve(e.getKey() + ".md");
      String expected = page(e.getKey(), e.getValue());
      if (update) {
        Files.createDirectories(DOCS);
        Files.writeString(page, expected, StandardCharsets.UTF_8);
      }
      assertThat(page).as("docs/cli/%s.md (regenerate: see this test's javadoc)", e.getKey())
          .exists();
      assertThat(Files.readString(page, StandardCharsets.UTF_8))
          .as("docs/cli/%s.md is the command's help (regenerate: see this test's javadoc)",
              e.getKey())
          .isEqualTo(expected);
    }
  }

  private static String page(String name, CommandLine command) {
    String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing();
    return "# sluice " + name + "\n\n"
        + "<!-- generated from the command's picocli model by CommandDocsTest; do not edit -->\n\n"
        + "```\n" + help.replace("```", "` ` `") + "\n```\n";
  }
}
