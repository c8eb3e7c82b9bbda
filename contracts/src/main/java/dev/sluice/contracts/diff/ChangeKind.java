package dev.sluice.contracts.diff;

import java.util.Optional;

/**
 * Every kind of change {@link ContractDiff} reports, with the compatibility it breaks. The ids are
 * stable: once released, an id never changes meaning. {@code docs/diff-rules.md} lists the same
 * table (a test keeps the two in step).
 *
 * <p>Forward compatible: data valid under the new contract is still valid under the old one.
 * Backward compatible: data valid under the old contract is still valid under the new one.
 */
public enum ChangeKind {
  OBJECT_ADDED("object.added", false, false, "a schema object is added"),
  OBJECT_REMOVED("object.removed", true, false, "a schema object is removed"),
  PROPERTY_ADDED_OPTIONAL("property.added.optional", false, false,
      "an optional property is added"),
  PROPERTY_ADDED_REQUIRED("property.added.required", false, true,
      "a required property is added: old data lacks it"),
  PROPERTY_REMOVED("property.removed", true, false, "a property is removed"),
  PROPERTY_RENAMED("property.renamed", true, false,
      "a property's name changes while its column (physicalName) stays"),
  COLUMN_RENAMED("property.column-renamed", true, true,
      "a property's column in the data (physicalName, else name) changes"),
  TYPE_WIDENED("type.widened", true, false,
      "integer to number, timestamp to date, a logical or physical type dropped, items dropped"),
  TYPE_NARROWED("type.narrowed", false, true,
      "number to integer, date to timestamp, a logical or physical type or items added"),
  TYPE_CHANGED("type.changed", true, true, "any other logical or physical type change"),
  REQUIRED_ENABLED("required.enabled", false, true,
      "required turned on (a property or a lineage tag)"),
  REQUIRED_DISABLED("required.disabled", true, false,
      "required turned off (a property or a lineage tag)"),
  UNIQUE_ENABLED("unique.enabled", false, true, "unique turned on"),
  UNIQUE_DISABLED("unique.disabled", true, false, "unique turned off"),
  PRIMARY_KEY_ADDED("primary-key.added", false, true, "an object without a key gets one"),
  PRIMARY_KEY_REMOVED("primary-key.removed", true, false, "an object's key is dropped"),
  PRIMARY_KEY_CHANGED("primary-key.changed", true, true,
      "the key's columns or their order change"),
  RANGE_NARROWED("range.narrowed", false, true,
      "a minimum raised or added, a maximum lowered or added, a bound made exclusive"),
  RANGE_WIDENED("range.widened", true, false,
      "a minimum lowered or dropped, a maximum raised or dropped, a bound made inclusive"),
  RANGE_CHANGED("range.changed", true, true,
      "a bound changes to a value not comparable with the old one"),
  LENGTH_NARROWED("length.narrowed", false, true,
      "minLength raised or added, maxLength lowered or added"),
  LENGTH_WIDENED("length.widened", true, false,
      "minLength lowered or dropped, maxLength raised or dropped"),
  MULTIPLE_OF_NARROWED("multiple-of.narrowed", false, true,
      "multipleOf added, or changed to a multiple of the old one"),
  MULTIPLE_OF_WIDENED("multiple-of.widened", true, false,
      "multipleOf dropped, or changed to a divisor of the old one"),
  MULTIPLE_OF_CHANGED("multiple-of.changed", true, true,
      "multipleOf changed to a value neither a multiple nor a divisor of the old one"),
  PATTERN_ADDED("pattern.added", false, true, "a pattern is added (property, rule or tag)"),
  PATTERN_REMOVED("pattern.removed", true, false, "a pattern is removed"),
  PATTERN_CHANGED("pattern.changed", true, true, "a pattern is rewritten"),
  FORMAT_ADDED("format.added", false, true, "a format is added (property or tag)"),
  FORMAT_REMOVED("format.removed", true, false, "a format is removed"),
  FORMAT_CHANGED("format.changed", true, true, "a format changes"),
  OPTION_CHANGED("option.changed", true, true,
      "timezone or another logicalTypeOptions key changes (meaning unknown: both, to be safe)"),
  VALID_VALUES_ADDED("valid-values.added", true, false,
      "allowed values (invalidValues validValues, a tag's validValues) added, or the list dropped"),
  VALID_VALUES_REMOVED("valid-values.removed", false, true,
      "allowed values removed, or a list introduced"),
  QUALITY_ADDED("quality.added", false, true, "a quality rule is added"),
  QUALITY_REMOVED("quality.removed", true, false, "a quality rule is removed"),
  QUALITY_CHANGED("quality.changed", true, true,
      "a rule's type, metric, unit, query or other arguments change"),
  THRESHOLD_TIGHTENED("threshold.tightened", false, true,
      "a rule's threshold accepts a strict subset of the metric values it accepted"),
  THRESHOLD_LOOSENED("threshold.loosened", true, false,
      "a rule's threshold accepts a strict superset of the metric values it accepted"),
  THRESHOLD_CHANGED("threshold.changed", true, true,
      "a rule's threshold accepts values it did not and rejects values it accepted"),
  SEVERITY_RAISED("severity.raised", false, true, "a rule's severity goes from warning to error"),
  SEVERITY_LOWERED("severity.lowered", true, false, "a rule's severity goes from error to warning"),
  LINEAGE_TAG_ADDED("lineage-tag.added", false, true,
      "a lineage tag rule is added (even optional, it judges the tag's value when present)"),
  LINEAGE_TAG_REMOVED("lineage-tag.removed", true, false, "a lineage tag rule is removed"),
  MAX_AGE_NARROWED("max-age.narrowed", false, true,
      "a tag's maxAge or a freshness, latency or retention limit shortened or added"),
  MAX_AGE_WIDENED("max-age.widened", true, false,
      "a tag's maxAge or a freshness, latency or retention limit lengthened or dropped"),
  MAX_AGE_CHANGED("max-age.changed", true, true, "an age limit Sluice cannot read changes"),
  SLA_ADDED("sla.added", false, true, "a freshness, latency or retention SLA is added"),
  SLA_REMOVED("sla.removed", true, false, "a freshness, latency or retention SLA is removed"),
  SLA_CHANGED("sla.changed", true, true,
      "an SLA's element (the column it judges) or the default element changes"),
  SERVER_ADDED("server.added", false, false, "a server is added"),
  SERVER_REMOVED("server.removed", false, false, "a server is removed"),
  SERVER_CHANGED("server.changed", false, false, "a server's type or attributes change"),
  METADATA_CHANGED("metadata.changed", false, false,
      "fundamentals (version, status, name...), descriptions, tags, classification, other "
          + "custom properties, other SLAs: no effect on which data is valid");

  private final String id;
  private final boolean breaksForward;
  private final boolean breaksBackward;
  private final String rule;

  ChangeKind(String id, boolean breaksForward, boolean breaksBackward, String rule) {
    this.id = id;
    this.breaksForward = breaksForward;
    this.breaksBackward = breaksBackward;
    this.rule = rule;
  }

  /** The stable id, e.g. {@code range.widened}. */
  public String id() {
    return id;
  }

  /** Whether data valid under the new contract may be invalid under the old one. */
  public boolean breaksForward() {
    return breaksForward;
  }

  /** Whether data valid under the old contract may be invalid under the new one. */
  public boolean breaksBackward() {
    return breaksBackward;
  }

  /** What the kind covers, in one line (as documented). */
  public String rule() {
    return rule;
  }

  public static Optional<ChangeKind> fromId(String id) {
    for (ChangeKind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
