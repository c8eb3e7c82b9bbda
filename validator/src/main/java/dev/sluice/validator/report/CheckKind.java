package dev.sluice.validator.report;

/** The kinds of check, named as in the JSON report ({@link #json()}). */
public enum CheckKind {
  PRESENCE("presence"),
  TYPE("type"),
  REQUIRED("required"),
  UNIQUE("unique"),
  PRIMARY_KEY("primaryKey"),
  MINIMUM("minimum"),
  MAXIMUM("maximum"),
  MIN_LENGTH("minLength"),
  MAX_LENGTH("maxLength"),
  PATTERN("pattern"),
  FORMAT("format"),
  MULTIPLE_OF("multipleOf"),
  NULL_VALUES("nullValues"),
  MISSING_VALUES("missingValues"),
  INVALID_VALUES("invalidValues"),
  DUPLICATE_VALUES("duplicateValues"),
  ROW_COUNT("rowCount"),
  SQL("sql"),
  FRESHNESS("freshness"),
  RETENTION("retention"),
  LINEAGE_TAG("lineageTag"),
  /** A JSON payload (JSON text in a string column) against the schema its property declares. */
  JSON_SCHEMA("jsonSchema"),
  SKIPPED("skipped");

  private final String json;

  CheckKind(String json) {
    this.json = json;
  }

  public String json() {
    return json;
  }
}
