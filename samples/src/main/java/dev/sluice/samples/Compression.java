package dev.sluice.samples;

import java.util.Locale;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** The page compressions the generator offers, by their command-line names. */
public enum Compression {
  SNAPPY(CompressionCodecName.SNAPPY),
  ZSTD(CompressionCodecName.ZSTD),
  GZIP(CompressionCodecName.GZIP),
  NONE(CompressionCodecName.UNCOMPRESSED);

  private final CompressionCodecName codec;

  Compression(CompressionCodecName codec) {
    this.codec = codec;
  }

  CompressionCodecName codec() {
    return codec;
  }

  static Compression parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--compression must be snappy, zstd, gzip or none, not '" + name + "'", e);
    }
  }
}
