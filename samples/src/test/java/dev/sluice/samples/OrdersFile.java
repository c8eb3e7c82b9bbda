package dev.sluice.samples;

import dev.sluice.validator.parquet.PlainCodecFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/** A generated file read back with plain parquet-java: its rows and footer facts. */
record OrdersFile(
    MessageType schema,
    List<OrderRow> rows,
    Map<String, String> keyValues,
    List<Long> rowGroupRows,
    CompressionCodecName codec) {

  static OrdersFile read(Path path) throws IOException {
    ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
        .withCodecFactory(new PlainCodecFactory())
        .build();
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(path), options)) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      List<BlockMetaData> blocks = reader.getFooter().getBlocks();
      List<OrderRow> rows = new ArrayList<>();
      PageReadStore pages;
      while ((pages = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
            .getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          rows.add(toRow(records.read()));
        }
      }
      CompressionCodecName codec = blocks.isEmpty()
          ? CompressionCodecName.UNCOMPRESSED : blocks.get(0).getColumns().get(0).getCodec();
      return new OrdersFile(schema, rows,
          reader.getFooter().getFileMetaData().getKeyValueMetaData(),
          blocks.stream().map(BlockMetaData::getRowCount).toList(), codec);
    }
  }

  private static OrderRow toRow(Group g) {
    return new OrderRow(
        has(g, OrdersSchema.ORDER_ID) ? g.getLong(OrdersSchema.ORDER_ID, 0) : null,
        has(g, OrdersSchema.CUSTOMER_ID) ? g.getLong(OrdersSchema.CUSTOMER_ID, 0) : null,
        has(g, OrdersSchema.CUSTOMER_EMAIL) ? g.getString(OrdersSchema.CUSTOMER_EMAIL, 0) : null,
        has(g, OrdersSchema.STATUS) ? g.getString(OrdersSchema.STATUS, 0) : null,
        has(g, OrdersSchema.CHANNEL) ? g.getString(OrdersSchema.CHANNEL, 0) : null,
        has(g, OrdersSchema.AMOUNT) ? g.getDouble(OrdersSchema.AMOUNT, 0) : null,
        has(g, OrdersSchema.QUANTITY) ? g.getInteger(OrdersSchema.QUANTITY, 0) : null,
        has(g, OrdersSchema.CREATED_AT) ? g.getLong(OrdersSchema.CREATED_AT, 0) : null,
        has(g, OrdersSchema.SCORE) ? g.getDouble(OrdersSchema.SCORE, 0) : null,
        has(g, OrdersSchema.COUPON_CODE) ? g.getString(OrdersSchema.COUPON_CODE, 0) : null);
  }

  private static boolean has(Group g, String field) {
    return g.getFieldRepetitionCount(field) > 0;
  }
}
