package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The launcher ({@code ./sluice}) skips the values of validate's options when it sizes the data
 * to choose the JIT: its list of options that take a value must be validate's own.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("..", "sluice");

  @Test
  void knowsWhichOfValidatesOptionsTakeAValue() throws Exception {
    String script = Files.readString(LAUNCHER);
    Matcher list = Pattern.compile("value_options=\"([^\"]*)\"").matcher(script);
    assertThat(list.find()).as("value_options in %s", LAUNCHER).isTrue();
    Set<String> inLauncher = new TreeSet<>(Arrays.asList(
        list.group(1).replace("\\\n", " ").trim().split("\\s+")));

    StringWriter sink = new StringWriter();
    CommandLine validate = Main.commandLine(new PrintWriter(sink), new PrintWriter(sink))
        .getSubcommands().get("validate");
    Set<String> taking = new TreeSet<>();
    for (OptionSpec option : validate.getCommandSpec().options()) {
      if (option.arity().max() > 0) {
        for (String name : option.names()) {
          if (name.startsWith("--")) {
            taking.add(name);
          }
        }
      }
    }
    assertThat(inLauncher).isEqualTo(taking);
  }
}
