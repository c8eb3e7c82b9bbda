package dev.sluice.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Escaping for the HTML report. The contract and the data are untrusted: every text goes through
 * {@link #text}, and data for the page's script is JSON with {@code <}, {@code >} and {@code &}
 * written as Unicode escapes, so no value can close the {@code <script>} block that holds it.
 */
final class Html {
  private Html() {}

  /** {@code value} as HTML text or attribute value: markup escaped, control characters shown. */
  static String text(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    value.codePoints().forEach(cp -> append(out, cp));
    return out.toString();
  }

  private static void append(StringBuilder out, int cp) {
    switch (cp) {
      case '&': out.append("&amp;"); break;
      case '<': out.append("&lt;"); break;
      case '>': out.append("&gt;"); break;
      case '"': out.append("&quot;"); break;
      case '\'': out.append("&#39;"); break;
      case '\n': case '\t': out.append((char) cp); break;
      default:
        if (Character.isISOControl(cp) || (cp >= 0xD800 && cp <= 0xDFFF)) {
          out.append("\uFFFD"); // NUL, C0/C1 controls and lone surrogates are not text
        } else {
          out.appendCodePoint(cp);
        }
    }
  }

  /** JSON text safe inside {@code <script type="application/json">}: no {@code </}, no markup. */
  static String scriptJson(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  /** A number with thousands separators: {@code 2,000}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String number(BigDecimal value) {
    return value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 && value.scale() <= 0
        ? String.format(Locale.ROOT, "%,d", value.toBigInteger()) : value.toPlainString();
  }

  /** A share in percent with up to two decimals: {@code 1.05 %}, {@code 0 %}. */
  static String percent(double share) {
    String p = String.format(Locale.ROOT, "%.2f", share * 100).replaceAll("\\.?0+$", "");
    return (share > 0 && "0".equals(p) ? "<0.01" : p) + " %";
  }

  /** A decimal for SVG coordinates: one digit after the point, never a comma. */
  static String svg(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "0";
  }

  /** A text resource next to this class (the report's style sheet and script). */
  static String resource(String name) {
    try (InputStream in = Html.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in the sluice jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
