package dev.sluice.contracts.lint.schema;

import com.networknt.schema.ValidationMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One networknt validation message, reduced to what collapsing needs.
 *
 * @param keyword the failing keyword: {@code type}, {@code oneOf}, {@code unevaluatedProperties}...
 * @param pointer where in the contract (JSON pointer; "" for the root)
 * @param evaluationPath the schema path walked to get here, through every {@code $ref}; a
 *     combinator's branch errors are exactly those whose path extends the combinator's
 * @param schemaPointer the failing keyword's place inside the schema file
 * @param key the property a {@code required}/{@code unevaluatedProperties} message is about, or ""
 */
record Issue(
    String keyword,
    String pointer,
    String evaluationPath,
    String schemaPointer,
    String key,
    List<String> arguments,
    String text) {

  static Issue of(ValidationMessage m) {
    String pointer = m.getInstanceLocation().toString();
    String text = m.getMessage();
    String prefix = pointer + ": ";
    return new Issue(
        m.getType(),
        pointer,
        m.getEvaluationPath().toString(),
        Objects.toString(m.getSchemaLocation().getFragment(), ""),
        Objects.toString(m.getProperty(), ""),
        m.getArguments() == null
            ? List.of()
            : Arrays.stream(m.getArguments()).map(String::valueOf).toList(),
        text.startsWith(prefix) ? text.substring(prefix.length()) : text);
  }

  int depth() {
    return (int) pointer.chars().filter(c -> c == '/').count();
  }

  boolean isCombinator() {
    return keyword.equals("oneOf") || keyword.equals("anyOf");
  }

  boolean isUnknownKey() {
    return keyword.equals("unevaluatedProperties") || keyword.equals("additionalProperties");
  }

  /** Whether this issue's instance location is {@code pointer} or inside it. */
  boolean isAtOrUnder(String other) {
    return pointer.equals(other) || pointer.startsWith(other + "/");
  }

  String argument(int i) {
    return i < arguments.size() ? arguments.get(i) : "";
  }
}
