package dev.sluice.contracts.diff;

import dev.sluice.contracts.model.LogicalTypeOptions.Bound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Collects changes in the order the comparison finds them, rendering values as text. */
final class ChangeList {
  private final List<Change> changes = new ArrayList<>();

  void add(String path, ChangeKind kind, @Nullable Object oldValue, @Nullable Object newValue) {
    changes.add(new Change(path, kind, render(oldValue), render(newValue)));
  }

  /** Nothing if equal; else {@code added} (none before), {@code removed} (none after), {@code changed}. */
  void facet(String path, @Nullable Object oldValue, @Nullable Object newValue, ChangeKind added,
      ChangeKind removed, ChangeKind changed) {
    if (Objects.equals(oldValue, newValue)) {
      return;
    }
    ChangeKind kind = oldValue == null ? added : newValue == null ? removed : changed;
    add(path, kind, oldValue, newValue);
  }

  /** A value that only one side has: {@code added} or {@code removed}; nothing if neither has it. */
  void appeared(String path, @Nullable Object oldValue, @Nullable Object newValue,
      ChangeKind added, ChangeKind removed) {
    if (oldValue == null && newValue != null) {
      add(path, added, null, newValue);
    } else if (oldValue != null && newValue == null) {
      add(path, removed, oldValue, null);
    }
  }

  /** A flag turned on or off. */
  void flag(String path, boolean oldValue, boolean newValue, ChangeKind on, ChangeKind off) {
    if (oldValue != newValue) {
      add(path, newValue ? on : off, oldValue, newValue);
    }
  }

  /**
   * Allowed values: those the new list adds (or every value, when it drops the list) widen;
   * those it removes (or introducing a list) narrow. Values compare as text.
   */
  void validValues(String path, @Nullable List<?> oldValues, @Nullable List<?> newValues) {
    if (oldValues == null || newValues == null) {
      appeared(path, oldValues, newValues, ChangeKind.VALID_VALUES_REMOVED,
          ChangeKind.VALID_VALUES_ADDED);
      return;
    }
    Set<String> olds = texts(oldValues);
    Set<String> news = texts(newValues);
    Set<String> added = new LinkedHashSet<>(news);
    added.removeAll(olds);
    Set<String> removed = new LinkedHashSet<>(olds);
    removed.removeAll(news);
    if (!added.isEmpty()) {
      add(path, ChangeKind.VALID_VALUES_ADDED, null, added);
    }
    if (!removed.isEmpty()) {
      add(path, ChangeKind.VALID_VALUES_REMOVED, removed, null);
    }
  }

  private static Set<String> texts(List<?> values) {
    Set<String> texts = new LinkedHashSet<>();
    values.forEach(v -> texts.add(String.valueOf(render(v))));
    return texts;
  }

  /** A change with no effect on which data is valid. */
  void metadata(String path, @Nullable Object oldValue, @Nullable Object newValue) {
    if (!Objects.equals(oldValue, newValue)) {
      add(path, ChangeKind.METADATA_CHANGED, oldValue, newValue);
    }
  }

  List<Change> toList() {
    return List.copyOf(changes);
  }

  static @Nullable String render(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Bound) {
      Bound bound = (Bound) value;
      return render(bound.value()) + (bound.exclusive() ? " (exclusive)" : "");
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(ChangeList::render)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Map) {
      return ((Map<?, ?>) value).entrySet().stream()
          .map(e -> e.getKey() + ": " + render(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    return value.toString();
  }
}
