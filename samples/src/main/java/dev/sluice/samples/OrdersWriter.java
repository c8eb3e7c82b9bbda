package dev.sluice.samples;

import dev.sluice.validator.parquet.PlainCodecFactory;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;

/**
 * Streams generated rows into a Parquet file: one row in memory at a time, written under a
 * temporary name next to the target and renamed at the end, so that no reader ever sees half
 * a file. No Hadoop {@code Configuration} is created.
 */
public final class OrdersWriter {
  private final GeneratorOptions options;

  public OrdersWriter(GeneratorOptions options) {
    this.options = options;
  }

  /** Writes the file and returns its path. */
  public Path write() throws IOException {
    Path out = options.out().toAbsolutePath();
    Files.createDirectories(out.getParent());
    Path part = out.resolveSibling("." + out.getFileName() + ".part");
    try {
      writeRows(part);
      moveIntoPlace(part, out);
    } finally {
      Files.deleteIfExists(part);
    }
    return out;
  }

  private void writeRows(Path part) throws IOException {
    CleanRows clean = new CleanRows(options.seed(), options.rows(), options.producedAt());
    DirtyRows dirty = new DirtyRows(clean);
    SimpleGroupFactory groups = new SimpleGroupFactory(OrdersSchema.TYPE);
    try (ParquetWriter<Group> writer = open(part)) {
      for (long i = 0; i < options.rows(); i++) {
        OrderRow row = options.dirty() ? dirty.row(i) : clean.row(i);
        writer.write(RowGroups.toGroup(row, groups.newGroup()));
      }
    }
  }

  private ParquetWriter<Group> open(Path part) throws IOException {
    return ExampleParquetWriter.builder(new LocalOutputFile(part))
        .withConf(new PlainParquetConfiguration())
        .withType(OrdersSchema.TYPE)
        .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
        .withCodecFactory(new PlainCodecFactory())
        .withCompressionCodec(options.compression().codec())
        .withRowGroupRowCountLimit(options.rowGroupRows())
        .withExtraMetaData(LineageTags.of(options))
        .build();
  }

  private static void moveIntoPlace(Path part, Path out) throws IOException {
    try {
      Files.move(part, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
