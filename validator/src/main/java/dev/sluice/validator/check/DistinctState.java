package dev.sluice.validator.check;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distinct keys seen so far, fed row group by row group in dataset order. Every occurrence of a
 * key after its first is a duplicate row (sampled at that row); a key seen twice or more is one
 * duplicated group.
 */
final class DistinctState implements CheckState {
  private final Map<Object, Boolean> seen = new HashMap<>();
  long keyedRows;
  long duplicateRows;
  long duplicateGroups;
  long nullRows;
  long boundFiles;
  final SampleSet samples;

  DistinctState(int maxSamples) {
    this.samples = new SampleSet(maxSamples);
  }

  /** Takes the keys of the next row group (all earlier row groups were taken before). */
  void take(KeyBuffer keys) {
    for (int i = 0; i < keys.size; i++) {
      Object key = keys.longKeys ? (Object) keys.longs[i] : canonical(keys.values.get(i));
      int occurrence = occurrence(key);
      if (occurrence > 0) {
        duplicateRows++;
        duplicateGroups += occurrence == 1 ? 1 : 0;
        if (samples.wants(keys.rows[i])) {
          samples.add(keys.rows[i], keys.longKeys
              ? KeyText.describe(keys.types, keys.longs[i])
              : KeyText.describe(keys.types, keys.values.get(i)));
        }
      }
    }
    keyedRows += keys.size;
    nullRows += keys.nullCount;
    samples.merge(keys.nullSamples);
  }

  /** 0 for a key's first occurrence, 1 for its second, 2 after. */
  private int occurrence(Object key) {
    Boolean twice = seen.putIfAbsent(key, Boolean.FALSE);
    if (twice == null) {
      return 0;
    }
    if (!twice) {
      seen.put(key, Boolean.TRUE);
      return 1;
    }
    return 2;
  }

  /** Canonical key of a value, equal for equal values (1.0 and 1.00; 0.0 and -0.0). */
  private static Object canonical(Object values) {
    if (values instanceof Object[]) {
      List<Object> tuple = new ArrayList<>();
      for (Object v : (Object[]) values) {
        tuple.add(canonical(v));
      }
      return tuple;
    }
    if (values instanceof Double) {
      double d = (Double) values;
      return d == 0.0 ? 0.0 : d;
    }
    if (values instanceof BigDecimal) {
      return SetTests.numberKey((BigDecimal) values);
    }
    return values instanceof byte[] ? ByteBuffer.wrap((byte[]) values) : values;
  }

  @Override
  public void update(dev.sluice.validator.data.ColumnBatch batch) {
    throw new IllegalStateException("bind the state to a file first");
  }

  @Override
  public void merge(CheckState other) {
    throw new IllegalStateException("uniqueness states take key buffers in row order");
  }
}
