package dev.sluice.validator.parquet;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/** A Parquet file's records as parquet-java's own record reader sees them, by column {@code id}. */
final class RecordsById {
  private RecordsById() {}

  /** Each record's {@code id} with what {@code describe} makes of the record. */
  static Map<Long, String> read(Path file, Function<Group, String> describe) throws Exception {
    Map<Long, String> out = new TreeMap<>();
    try (ParquetFileReader r = open(file)) {
      MessageType schema = r.getFooter().getFileMetaData().getSchema();
      MessageColumnIO io = new ColumnIOFactory().getColumnIO(schema);
      for (PageReadStore store = r.readNextRowGroup(); store != null;
          store = r.readNextRowGroup()) {
        RecordReader<Group> records = io.getRecordReader(store, new GroupRecordConverter(schema));
        for (long i = 0; i < store.getRowCount(); i++) {
          Group g = records.read();
          out.put(g.getLong("id", 0), describe.apply(g));
        }
      }
    }
    return out;
  }

  static ParquetFileReader open(Path file) throws Exception {
    return ParquetFileReader.open(new LocalInputFile(file), ParquetDataFile.readOptions());
  }
}
