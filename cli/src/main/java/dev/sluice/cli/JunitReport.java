package dev.sluice.cli;

import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.Sample;
import dev.sluice.validator.report.Status;
import dev.sluice.validator.report.ValidationReport;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders a {@link ValidationReport} as JUnit XML, the test report CI servers (Jenkins, GitLab,
 * GitHub test reporters) read: one {@code <testsuite>} for the contract object, one {@code
 * <testcase>} per check (name = check id, classname = {@code object.property} or {@code object}).
 * A failed check is a {@code <failure>} with its message and samples (masked values stay masked),
 * a check that could not be evaluated an {@code <error>}, a warning or a skipped check a {@code
 * <skipped>} with the reason. Checks run together in one pass, so a testcase's time is 0 and the
 * suite's is the validation's.
 */
final class JunitReport {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final XMLStreamWriter xml;

  private JunitReport(XMLStreamWriter xml) {
    this.xml = xml;
  }

  /** The report as a JUnit XML document; {@code started} is the suite's timestamp (UTC). */
  static String render(ValidationReport report, Instant started) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      new JunitReport(xml).suites(report, started);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML to memory", e);
    }
    return text.append('\n').toString();
  }

  private void suites(ValidationReport report, Instant started) throws XMLStreamException {
    newline(0);
    xml.writeStartElement("testsuites");
    attribute("name", "sluice validate " + report.contractId() + " " + report.contractVersion());
    counts(report);
    newline(1);
    xml.writeStartElement("testsuite");
    attribute("name", report.object());
    counts(report);
    attribute("timestamp", TIMESTAMP.format(started));
    properties(report);
    for (CheckResult c : report.checks()) {
      testcase(c);
    }
    newline(1);
    xml.writeEndElement();
    newline(0);
    xml.writeEndElement();
  }

  private void counts(ValidationReport report) throws XMLStreamException {
    Map<Status, Integer> n = report.summary();
    attribute("tests", String.valueOf(report.checks().size()));
    attribute("failures", String.valueOf(n.get(Status.FAILED)));
    attribute("errors", String.valueOf(n.get(Status.ERROR)));
    attribute("skipped", String.valueOf(n.get(Status.WARNING) + n.get(Status.SKIPPED)));
    attribute("time", seconds(report.durationMs()));
  }

  private void properties(ValidationReport report) throws XMLStreamException {
    newline(2);
    xml.writeStartElement("properties");
    property("contract.id", report.contractId());
    property("contract.version", report.contractVersion());
    property("object", report.object());
    property("verdict", report.verdict().json());
    property("rowCount", String.valueOf(report.rowCount()));
    for (int i = 0; i < report.datasets().size(); i++) {
      property("dataset." + (i + 1), report.datasets().get(i).path());
    }
    newline(2);
    xml.writeEndElement();
  }

  private void property(String name, String value) throws XMLStreamException {
    newline(3);
    xml.writeEmptyElement("property");
    attribute("name", name);
    attribute("value", value);
  }

  private void testcase(CheckResult c) throws XMLStreamException {
    newline(2);
    String outcome = outcome(c.status());
    if (outcome.isEmpty()) {
      xml.writeEmptyElement("testcase");
      testcaseAttributes(c);
      return;
    }
    xml.writeStartElement("testcase");
    testcaseAttributes(c);
    newline(3);
    if ("skipped".equals(outcome)) {
      xml.writeEmptyElement(outcome);
      attribute("message", c.status() == Status.WARNING ? "warning: " + c.message() : c.message());
    } else {
      xml.writeStartElement(outcome);
      attribute("message", c.message());
      attribute("type", c.kind().json());
      xml.writeCharacters(clean(body(c)));
      xml.writeEndElement();
    }
    newline(2);
    xml.writeEndElement();
  }

  private void testcaseAttributes(CheckResult c) throws XMLStreamException {
    attribute("name", c.id());
    attribute("classname", c.property() == null ? c.object() : c.object() + "." + c.property());
    attribute("time", "0.000");
  }

  /** The child element a status becomes; empty for a passed check. */
  private static String outcome(Status status) {
    switch (status) {
      case FAILED: return "failure";
      case ERROR: return "error";
      case WARNING: case SKIPPED: return "skipped";
      default: return "";
    }
  }

  /** The message, the failed rows and the samples, one per line, as the text report shows them. */
  private static String body(CheckResult c) {
    StringBuilder text = new StringBuilder(c.message()).append('\n');
    if (c.failedRows() != null) {
      text.append("failed rows: ").append(c.failedRows()).append('\n');
    }
    List<Sample> samples = c.samples();
    samples.forEach(s -> text.append("row ").append(s.row()).append(": ")
        .append(TextReport.display(s.value())).append('\n'));
    long more = c.failedRows() == null ? 0 : c.failedRows() - samples.size();
    if (!samples.isEmpty() && more > 0) {
      text.append(String.format(Locale.ROOT, "… %,d more\n", more));
    }
    return text.toString();
  }

  private void attribute(String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, clean(value).replace('\n', ' ').replace('\r', ' '));
  }

  private void newline(int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  /** Drops what XML 1.0 cannot hold at all (most control characters, lone surrogates, FFFE/F). */
  static String clean(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(JunitReport::allowed).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
