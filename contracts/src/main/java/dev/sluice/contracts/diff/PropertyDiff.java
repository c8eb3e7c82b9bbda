package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.FieldSpec;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Compares two versions of one property: column, types, flags, options, rules, nesting. */
final class PropertyDiff {
  /** Logical type pairs {@code old>new} whose new type accepts everything the old one did. */
  private static final Set<String> WIDENINGS = Set.of("integer>number", "timestamp>date");

  private final ChangeList out;
  private final ObjectDiff objects;

  PropertyDiff(ChangeList out, ObjectDiff objects) {
    this.out = out;
    this.objects = objects;
  }

  void compare(String path, FieldSpec o, FieldSpec n) {
    if (!o.columnName().equals(n.columnName())) {
      out.add(path + ".physicalName", ChangeKind.COLUMN_RENAMED, o.columnName(), n.columnName());
    }
    logicalType(path + ".logicalType", o.logicalType(), n.logicalType());
    physicalType(path + ".physicalType", o.physicalType(), n.physicalType());
    out.flag(path + ".required", o.required(), n.required(),
        ChangeKind.REQUIRED_ENABLED, ChangeKind.REQUIRED_DISABLED);
    out.flag(path + ".unique", o.unique(), n.unique(),
        ChangeKind.UNIQUE_ENABLED, ChangeKind.UNIQUE_DISABLED);
    out.metadata(path + ".description", o.description(), n.description());
    out.metadata(path + ".classification", o.classification(), n.classification());
    OptionDiff.compare(path + ".logicalTypeOptions", o.options(), n.options(), out);
    QualityDiff.compare(path + ".quality", o.quality(), n.quality(), out);
    MetadataDiff.customProperties(path + ".customProperties", o.customProperties(),
        n.customProperties(), out);
    objects.fields(path, o.properties(), n.properties());
    items(path + ".items", o.items(), n.items());
  }

  private void items(String path, @Nullable FieldSpec o, @Nullable FieldSpec n) {
    if (o != null && n != null) {
      compare(path, o, n);
    } else if (o != null || n != null) {
      out.add(path, o == null ? ChangeKind.TYPE_NARROWED : ChangeKind.TYPE_WIDENED,
          o == null ? null : "items", n == null ? null : "items");
    }
  }

  private void logicalType(String path, @Nullable String o, @Nullable String n) {
    String oldType = lower(o);
    String newType = lower(n);
    if (Objects.equals(oldType, newType)) {
      return;
    }
    ChangeKind kind = oldType == null ? ChangeKind.TYPE_NARROWED
        : newType == null || WIDENINGS.contains(oldType + ">" + newType) ? ChangeKind.TYPE_WIDENED
        : WIDENINGS.contains(newType + ">" + oldType) ? ChangeKind.TYPE_NARROWED
        : ChangeKind.TYPE_CHANGED;
    out.add(path, kind, o, n);
  }

  private void physicalType(String path, @Nullable String o, @Nullable String n) {
    if (!Objects.equals(lower(o), lower(n))) {
      out.facet(path, o, n, ChangeKind.TYPE_NARROWED, ChangeKind.TYPE_WIDENED,
          ChangeKind.TYPE_CHANGED);
    }
  }

  private static @Nullable String lower(@Nullable String type) {
    return type == null || type.isBlank() ? null : type.trim().toLowerCase(Locale.ROOT);
  }
}
