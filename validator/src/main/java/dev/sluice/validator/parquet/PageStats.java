package dev.sluice.validator.parquet;

import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.schema.PrimitiveType;

/**
 * Min, max and null count of one page being written, as parquet-java {@link Statistics}. Min
 * and max are kept for integer kinds, and for floating point when the page has no NaN (a zero
 * bound is written as -0.0 for min and +0.0 for max, as the format asks); strings, bytes,
 * booleans and decimals get the null count only.
 */
final class PageStats {
  private final FlatKind kind;
  private long minLong = Long.MAX_VALUE;
  private long maxLong = Long.MIN_VALUE;
  private double minDouble = Double.POSITIVE_INFINITY;
  private double maxDouble = Double.NEGATIVE_INFINITY;
  private boolean any;
  private boolean nan;

  PageStats(FlatKind kind) {
    this.kind = kind;
  }

  void add(long v) {
    any = true;
    if (v < minLong) {
      minLong = v;
    }
    if (v > maxLong) {
      maxLong = v;
    }
  }

  /** Takes a batch's range; empty when {@code min > max}. */
  void range(long min, long max) {
    if (min <= max) {
      add(min);
      add(max);
    }
  }

  void add(double v) {
    any = true;
    if (Double.isNaN(v)) {
      nan = true;
    }
    if (v < minDouble) {
      minDouble = v;
    }
    if (v > maxDouble) {
      maxDouble = v;
    }
  }

  /** The statistics of the page just ended, then starts over. */
  Statistics<?> page(PrimitiveType type, long nulls) {
    Statistics.Builder builder = Statistics.getBuilderForReading(type).withNumNulls(nulls);
    if (any && !nan) {
      switch (kind) {
        case INT32: case UINT32:
          builder.withMin(le((int) minLong)).withMax(le((int) maxLong));
          break;
        case INT64:
          builder.withMin(le(minLong)).withMax(le(maxLong));
          break;
        case FLOAT:
          builder.withMin(le(Float.floatToIntBits(minDouble == 0 ? -0.0f : (float) minDouble)))
              .withMax(le(Float.floatToIntBits(maxDouble == 0 ? 0.0f : (float) maxDouble)));
          break;
        case DOUBLE:
          builder.withMin(le(Double.doubleToLongBits(minDouble == 0 ? -0.0 : minDouble)))
              .withMax(le(Double.doubleToLongBits(maxDouble == 0 ? 0.0 : maxDouble)));
          break;
        default:
          break;
      }
    }
    reset();
    return builder.build();
  }

  private void reset() {
    minLong = Long.MAX_VALUE;
    maxLong = Long.MIN_VALUE;
    minDouble = Double.POSITIVE_INFINITY;
    maxDouble = Double.NEGATIVE_INFINITY;
    any = false;
    nan = false;
  }

  private static byte[] le(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
  }

  private static byte[] le(long v) {
    byte[] b = new byte[8];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (v >>> (8 * i));
    }
    return b;
  }
}
