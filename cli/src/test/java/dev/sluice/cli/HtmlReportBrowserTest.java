package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report of the dirty sample in a real headless Chromium: the page runs without a
 * script error, console error or blocked request, its script sorts and filters the checks table,
 * and a screenshot is kept in {@code target/html-report/} for people to look at. Chromium is
 * required (CI installs it: {@code .ci/run}); without it this test fails, it does not skip.
 */
class HtmlReportBrowserTest {
  private static final Path OUT = Path.of("target", "html-report");
  private static final String[] BROWSERS = {"chromium", "chromium-browser", "google-chrome"};
  /** Records errors, then clicks and types as a reader would, and writes what it saw. */
  private static final String PROBE = "<script>(function () {\n"
      + "var errors = []; var snapshots = {};\n"
      + "window.alert = function (m) { errors.push('alert: ' + m); };\n"
      + "window.addEventListener('error', function (e) { errors.push('error: ' + (e.message"
      + " || (e.target && (e.target.src || e.target.href)) || e.type)); }, true);\n"
      + "window.addEventListener('unhandledrejection', function (e) {"
      + " errors.push('rejection: ' + e.reason); });\n"
      + "document.addEventListener('securitypolicyviolation', function (e) {"
      + " errors.push('csp: ' + e.violatedDirective + ' ' + e.blockedURI); });\n"
      + "['error', 'warn'].forEach(function (level) { var original = console[level];"
      + " console[level] = function () { errors.push('console.' + level + ': '"
      + " + Array.prototype.join.call(arguments, ' '));"
      + " original.apply(console, arguments); }; });\n"
      + "function visible() { return Array.prototype.filter.call("
      + "document.querySelectorAll('#checks-table tbody tr'), function (r) { return !r.hidden; })"
      + ".map(function (r) { return [r.dataset.status, r.cells[1].textContent,"
      + " r.cells[6].textContent]; }); }\n"
      + "window.addEventListener('load', function () { try {\n"
      + "  snapshots.ready = document.documentElement.getAttribute('data-ready');\n"
      + "  snapshots.elements = document.querySelectorAll('img, iframe, script').length;\n"
      + "  document.querySelector('th[data-key=failedRows]').click();\n"
      + "  var passed = document.querySelector('input[data-status=passed]');\n"
      + "  passed.checked = false; passed.dispatchEvent(new Event('change'));\n"
      + "  snapshots.sortedFailing = visible();\n"
      + "  var filter = document.getElementById('filter');\n"
      + "  filter.value = 'customer_email'; filter.dispatchEvent(new Event('input'));\n"
      + "  snapshots.filtered = visible();\n"
      + "  filter.value = ''; filter.dispatchEvent(new Event('input'));\n"
      + "  snapshots.shown = document.getElementById('shown').textContent;\n"
      + "} catch (e) { errors.push('probe: ' + e); }\n"
      + "var out = document.createElement('pre'); out.id = 'probe';\n"
      + "out.textContent = JSON.stringify({errors: errors, snapshots: snapshots});\n"
      + "document.body.appendChild(out); });\n"
      + "})();</script>\n";
  private static final Pattern PROBE_OUTPUT =
      Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL);

  private static Path chromium;
  private static Path report;
  private static ValidationReport sample;

  @TempDir Path profile;

  @BeforeAll
  static void renderTheDirtySample() throws IOException {
    chromium = findChromium();
    Files.createDirectories(OUT);
    report = OUT.resolve("report.html").toAbsolutePath();
    sample = HtmlReportTest.validateSample();
    Files.writeString(report, HtmlReport.render(sample), StandardCharsets.UTF_8);
  }

  @Test
  void runsWithoutErrorsAndSortsAndFiltersTheChecks() throws Exception {
    String page = Files.readString(report, StandardCharsets.UTF_8);
    Path probed = OUT.resolve("report-probed.html").toAbsolutePath();
    Files.writeString(probed, page.replaceFirst("<head>\n", "<head>\n" + PROBE),
        StandardCharsets.UTF_8);
    Browser run = browse(probed, "--dump-dom");
    Matcher m = PROBE_OUTPUT.matcher(run.stdout());
    assertThat(m.find()).as("the page loaded and the probe ran; chromium said:%n%s", run.stderr())
        .isTrue();
    JsonNode probe = new ObjectMapper().readTree(unescape(m.group(1)));
    assertThat(probe.get("errors")).as("script errors, console errors, blocked requests").isEmpty();
    JsonNode seen = probe.get("snapshots");
    assertThat(seen.get("ready").asText()).isEqualTo("true");
    int checks = sample.checks().size();
    assertThat(seen.get("shown").asText()).isEqualTo("showing " + (checks
        - sample.summary().get(Status.PASSED)) + " of " + checks + " checks");
    assertSortedByFailedRows(seen.get("sortedFailing"));
    assertThat(seen.get("filtered")).isNotEmpty()
        .allSatisfy(row -> assertThat(row.get(1).asText()).contains("customer_email"));
    assertThat(run.stdout()).contains("<div class=\"verdict-word\">FAILED</div>")
        .contains("orders.amount.maximum").contains("customer_email_missing")
        .contains("aria-sort=\"descending\"");
    assertThat(run.stderr()).doesNotContain("Uncaught").doesNotContain("Refused to");
  }

  @Test
  void hostileStringsStayTextInTheBrowser() throws Exception {
    Path page = OUT.resolve("hostile-probed.html").toAbsolutePath();
    Files.writeString(page, HtmlReport.render(HtmlReportTest.hostileReport())
        .replaceFirst("<head>\n", "<head>\n" + PROBE), StandardCharsets.UTF_8);
    Browser run = browse(page, "--dump-dom");
    Matcher m = PROBE_OUTPUT.matcher(run.stdout());
    assertThat(m.find()).as("the probe ran; chromium said:%n%s", run.stderr()).isTrue();
    JsonNode probe = new ObjectMapper().readTree(unescape(m.group(1)));
    assertThat(probe.get("errors")).as("no alert ran, nothing was fetched").isEmpty();
    assertThat(probe.at("/snapshots/elements").asInt())
        .as("the probe, the JSON block and the page's script; no injected element").isEqualTo(3);
    assertThat(probe.at("/snapshots/filtered")).isEmpty();
  }

  @Test
  void savesAScreenshot() throws Exception {
    Path png = OUT.resolve("screenshot.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Browser run = browse(report, "--screenshot=" + png, "--window-size=1280,2000",
        "--hide-scrollbars");
    assertThat(png).as("chromium said:%n%s", run.stderr()).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(20_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  private static void assertSortedByFailedRows(JsonNode rows) {
    assertThat(rows).isNotEmpty();
    long previous = Long.MAX_VALUE;
    for (JsonNode row : rows) {
      assertThat(row.get(0).asText()).isNotEqualTo("passed");
      String cell = row.get(2).asText().replace(",", "");
      long failed = cell.equals("-") ? -1 : Long.parseLong(cell);
      assertThat(failed).as("failed rows, largest first").isLessThanOrEqualTo(previous);
      previous = failed;
    }
  }

  private Browser browse(Path page, String... action) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless=new",
        "--disable-gpu", "--no-sandbox", "--no-first-run", "--disable-extensions",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    command.addAll(List.of(action));
    command.add(page.toUri().toString());
    Path stdout = profile.resolve("stdout.txt");
    Path stderr = profile.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 s: " + String.join(" ", command));
    }
    return new Browser(Files.readString(stdout), Files.readString(stderr));
  }

  /** Chromium on the PATH; none is a failure that says how to install it, not a skip. */
  private static Path findChromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : BROWSERS) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return fail("HtmlReportBrowserTest needs Chromium on the PATH (chromium, chromium-browser "
        + "or google-chrome); install it with: apt-get install -y chromium (.ci/run does)");
  }

  private static String unescape(String html) {
    return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&#39;", "'").replace("&amp;", "&");
  }

  private record Browser(String stdout, String stderr) {}
}
