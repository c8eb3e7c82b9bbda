package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.DatasetSpec;
import dev.sluice.contracts.model.FieldSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares schema objects (matched by name) and their properties (matched by name, then column). */
final class ObjectDiff {
  private final ChangeList out;
  private final PropertyDiff properties;

  ObjectDiff(ChangeList out) {
    this.out = out;
    this.properties = new PropertyDiff(out, this);
  }

  void compare(List<DatasetSpec> oldObjects, List<DatasetSpec> newObjects) {
    for (DatasetSpec o : oldObjects) {
      String path = "schema[" + o.name() + "]";
      Optional<DatasetSpec> n = find(newObjects, o.name());
      if (n.isPresent()) {
        compare(path, o, n.get());
      } else {
        out.add(path, ChangeKind.OBJECT_REMOVED, o.name(), null);
      }
    }
    newObjects.stream().filter(n -> find(oldObjects, n.name()).isEmpty())
        .forEach(n -> out.add("schema[" + n.name() + "]", ChangeKind.OBJECT_ADDED, null, n.name()));
  }

  private void compare(String path, DatasetSpec o, DatasetSpec n) {
    out.metadata(path + ".physicalName", o.physicalName(), n.physicalName());
    out.metadata(path + ".physicalType", o.physicalType(), n.physicalType());
    out.metadata(path + ".description", o.description(), n.description());
    out.metadata(path + ".tags", o.tags(), n.tags());
    fields(path, o.properties(), n.properties());
    primaryKey(path, o, n);
    QualityDiff.compare(path + ".quality", o.quality(), n.quality(), out);
    String custom = path + ".customProperties";
    LineageDiff.compare(custom + "[lineageTags]", o.customProperty(LineageDiff.PROPERTY)
        .orElse(null), n.customProperty(LineageDiff.PROPERTY).orElse(null), out);
    MetadataDiff.customProperties(custom, o.customProperties(), n.customProperties(), out);
  }

  /** Matches properties by name; an unmatched pair reading the same column is a rename. */
  void fields(String path, List<FieldSpec> oldFields, List<FieldSpec> newFields) {
    List<FieldSpec> added = new ArrayList<>(newFields);
    added.removeIf(n -> field(oldFields, n.name()).isPresent());
    for (FieldSpec o : oldFields) {
      Optional<FieldSpec> n = field(newFields, o.name());
      Optional<FieldSpec> renamed = n.isPresent() ? Optional.empty()
          : added.stream().filter(a -> a.columnName().equals(o.columnName())).findFirst();
      if (n.isPresent()) {
        properties.compare(path + ".properties[" + o.name() + "]", o, n.get());
      } else if (renamed.isPresent()) {
        added.remove(renamed.get());
        String newPath = path + ".properties[" + renamed.get().name() + "]";
        out.add(newPath, ChangeKind.PROPERTY_RENAMED, o.name(), renamed.get().name());
        properties.compare(newPath, o, renamed.get());
      } else {
        out.add(path + ".properties[" + o.name() + "]", ChangeKind.PROPERTY_REMOVED, o.name(), null);
      }
    }
    for (FieldSpec a : added) {
      out.add(path + ".properties[" + a.name() + "]", a.required()
          ? ChangeKind.PROPERTY_ADDED_REQUIRED : ChangeKind.PROPERTY_ADDED_OPTIONAL, null, a.name());
    }
  }

  private void primaryKey(String path, DatasetSpec o, DatasetSpec n) {
    List<String> oldKey = o.primaryKey().stream().map(FieldSpec::columnName).toList();
    List<String> newKey = n.primaryKey().stream().map(FieldSpec::columnName).toList();
    out.facet(path + ".primaryKey", oldKey.isEmpty() ? null : oldKey,
        newKey.isEmpty() ? null : newKey, ChangeKind.PRIMARY_KEY_ADDED,
        ChangeKind.PRIMARY_KEY_REMOVED, ChangeKind.PRIMARY_KEY_CHANGED);
  }

  private static Optional<DatasetSpec> find(List<DatasetSpec> objects, String name) {
    return objects.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  private static Optional<FieldSpec> field(List<FieldSpec> fields, String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }
}
