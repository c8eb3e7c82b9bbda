package dev.sluice.validator.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.contracts.Contracts;
import dev.sluice.contracts.model.Contract;
import dev.sluice.validator.ValidationOptions;
import dev.sluice.validator.Validator;
import dev.sluice.validator.report.CheckResult;
import dev.sluice.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session over batches gives the report of the concatenated rows in one batch, however the rows
 * are split; sessions on many threads at once give the serial results.
 */
class ValidationSessionTest {
  private static final Path CONTRACT = Path.of("src/test/resources/session/orders.odcs.yaml");
  private static final Schema SCHEMA = new Schema(List.of(
      Field.nullable("id", new ArrowType.Int(64, true)),
      Field.nullable("email", ArrowType.Utf8.INSTANCE),
      Field.nullable("qty", new ArrowType.Int(32, true)),
      Field.nullable("amount", new ArrowType.FloatingPoint(org.apache.arrow.vector.types.FloatingPointPrecision.DOUBLE))));

  private BufferAllocator allocator;

  @BeforeEach
  void allocate() {
    allocator = new RootAllocator(256L << 20);
  }

  @AfterEach
  void release() {
    assertThat(allocator.getAllocatedMemory()).isZero();
    allocator.close();
  }

  /** One row of test data; nulls are null. */
  private record Row(Long id, String email, Integer qty, Double amount) {}

  @Test
  void anySplitIntoBatchesGivesTheReportOfOneBatch() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 25; trial++) {
      List<Row> rows = rows(random, 1 + random.nextInt(400));
      String whole = checksOf(validate(List.of(rows)));
      List<List<Row>> parts = split(rows, random);
      assertThat(checksOf(validate(parts))).as("trial %d, %d batches", trial, parts.size())
          .isEqualTo(whole);
    }
  }

  /** A chunk of a text stream spooled to a file is one batch, its verdict every row's. */
  @Test
  void aSpooledChunkLargerThanATextPartIsJudgedWhole(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path chunk = java.nio.file.Files.writeString(dir.resolve("chunk.jsonl"),
        "{\"id\":1,\"email\":\"a@b.com\",\"qty\":1,\"amount\":1.0}\n"
            + "{\"id\":2,\"email\":\"a@b.com\",\"qty\":0,\"amount\":1.0}\n"
            + "{\"id\":3,\"email\":\"a@b.com\",\"qty\":1,\"amount\":1.0}\n"
            + "{\"id\":4,\"email\":\"a@b.com\",\"qty\":0,\"amount\":1.0}\n");
    ValidationOptions options = ValidationOptions.DEFAULTS.withSource(
        dev.sluice.validator.data.SourceOptions.DEFAULTS.withFormat("json")
            .withJsonLayout("lines").withPartBytes(10)); // files would be cut every 10 bytes
    try (ValidationSession session = Validator.of(Contracts.load(CONTRACT), options).session()) {
      BatchVerdict verdict = session.accept(chunk, "chunk");
      assertThat(verdict.rowCount()).isEqualTo(4);
      assertThat(verdict.rejectedRows()).containsExactly(1, 3);
    }
  }

  @Test
  void oneTenAndAThousandBatchesGiveTheSameReport() throws Exception {
    List<Row> rows = rows(new SplittableRandom(11), 5000);
    String whole = checksOf(validate(List.of(rows)));
    for (int batches : new int[] {10, 1000}) {
      List<List<Row>> parts = new ArrayList<>();
      int size = rows.size() / batches;
      for (int b = 0; b < batches; b++) {
        parts.add(rows.subList(b * size, b == batches - 1 ? rows.size() : (b + 1) * size));
      }
      assertThat(checksOf(validate(parts))).as("%d batches", batches).isEqualTo(whole);
    }
  }

  @Test
  void batchVerdictsRejectTheSameRowsHoweverTheDataIsSplit() throws Exception {
    SplittableRandom random = new SplittableRandom(13);
    for (int trial = 0; trial < 25; trial++) {
      List<Row> rows = rows(random, 1 + random.nextInt(400));
      Map<Long, List<String>> whole = rejected(List.of(rows));
      assertThat(whole).as("trial %d has rejected rows", trial).isNotEmpty();
      List<List<Row>> parts = split(rows, random);
      assertThat(rejected(parts)).as("trial %d, %d batches", trial, parts.size())
          .isEqualTo(whole);
    }
  }

  @Test
  void aLaterBatchsDuplicateIsRejectedWithItsCheckIds() throws Exception {
    Contract contract = Contracts.load(CONTRACT);
    try (ValidationSession session = Validator.of(contract, options()).session();
        VectorSchemaRoot first = root(List.of(new Row(1L, "a@b.com", 1, 1.0)));
        VectorSchemaRoot second = root(List.of(new Row(2L, "c@d.com", 2, 2.0),
            new Row(1L, "e@f.com", 3, 3.0), new Row(3L, "g@h.com", 0, 4.0)))) {
      assertThat(session.accept(first).rejectedCount()).isZero();
      BatchVerdict verdict = session.accept(second);
      assertThat(verdict.rejectedRows()).containsExactly(1, 2);
      assertThat(verdict.isRejected(0)).isFalse();
      assertThat(verdict.violations(1)).singleElement().asString().endsWith(".unique");
      assertThat(verdict.violations(2)).singleElement().asString().endsWith(".minimum");
      assertThat(verdict.violations(0)).isEmpty();
    }
  }

  /** Rejected rows by dataset row number, with their check ids, over all batches. */
  private Map<Long, List<String>> rejected(List<List<Row>> batches) throws Exception {
    Map<Long, List<String>> out = new java.util.TreeMap<>();
    try (ValidationSession session = Validator.of(Contracts.load(CONTRACT), options()).session()) {
      long first = 0;
      for (List<Row> batch : batches) {
        try (VectorSchemaRoot root = root(batch)) {
          BatchVerdict verdict = session.accept(root);
          for (int row : verdict.rejectedRows()) {
            out.put(first + row, verdict.violations(row));
          }
        }
        first += batch.size();
      }
    }
    return out;
  }

  @Test
  void countsAreTheRowsThatBreakEachRule() throws Exception {
    List<Row> rows = List.of(new Row(1L, "a@b.com", 1, 1.0), new Row(1L, "A@b.com", 0, null),
        new Row(null, "averyveryverylongname@b.com", 10, 2.0), new Row(2L, null, null, 3.0));
    ValidationReport report = validate(List.of(rows.subList(0, 1), rows.subList(1, 4)));
    assertThat(failed(report, "required")).isEqualTo(1);
    assertThat(failed(report, "unique")).isEqualTo(1);
    assertThat(failed(report, "pattern")).isEqualTo(1);
    assertThat(failed(report, "maxLength")).isEqualTo(1);
    assertThat(failed(report, "minimum")).isEqualTo(1);
    assertThat(failed(report, "maximum")).isEqualTo(1);
    assertThat(failed(report, "nullValues")).isEqualTo(1);
    assertThat(report.rowCount()).isEqualTo(4);
    CheckResult unique = report.checks().stream().filter(c -> c.kind().json().equals("unique"))
        .findFirst().orElseThrow();
    assertThat(unique.samples()).singleElement().satisfies(s -> assertThat(s.row()).isEqualTo(1));
  }

  @Test
  void manySessionsAtOnceGiveTheSerialResults() throws Exception {
    SplittableRandom random = new SplittableRandom(11);
    List<List<Row>> datasets = new ArrayList<>();
    List<String> serial = new ArrayList<>();
    for (int i = 0; i < 32; i++) { // 32 sessions at once on a shared pool of 8 threads
      List<Row> rows = rows(random, 300);
      datasets.add(rows);
      serial.add(checksOf(validate(split(rows, random))));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> parallel = new ArrayList<>();
      for (List<Row> rows : datasets) {
        List<List<Row>> parts = split(rows, new SplittableRandom(rows.size()));
        parallel.add(pool.submit(() -> checksOf(validate(parts))));
      }
      for (int i = 0; i < datasets.size(); i++) {
        assertThat(parallel.get(i).get()).as("session %d", i).isEqualTo(serial.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anArrowStreamIsValidatedBatchByBatchAsOneDataset() throws Exception {
    SplittableRandom random = new SplittableRandom(5);
    List<Row> rows = rows(random, 500);
    List<List<Row>> parts = split(rows, random);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
        org.apache.arrow.vector.ipc.ArrowStreamWriter writer =
            new org.apache.arrow.vector.ipc.ArrowStreamWriter(root, null, bytes)) {
      writer.start();
      for (List<Row> part : parts) {
        try (VectorSchemaRoot batch = root(part)) {
          copy(batch, root);
          writer.writeBatch();
        }
      }
      writer.end();
    }
    List<Long> seen = new ArrayList<>();
    ValidationReport streamed;
    try (ValidationSession session = Validator.of(Contracts.load(CONTRACT), options()).session()) {
      streamed = ArrowStreams.validate(session, new java.io.ByteArrayInputStream(bytes.toByteArray()),
          "-", 64L << 20, report -> seen.add(report.rowCount()));
    }
    assertThat(seen).hasSize(parts.size()).last().isEqualTo((long) rows.size());
    assertThat(checksOf(streamed)).isEqualTo(checksOf(validate(List.of(rows))));
  }

  @Test
  void aStreamThatIsNotArrowIsADataProblem() throws Exception {
    try (ValidationSession session = Validator.of(Contracts.load(CONTRACT), options()).session()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArrowStreams.validate(session,
              new java.io.ByteArrayInputStream("id,email\n1,x\n".getBytes(StandardCharsets.UTF_8)),
              "-", 64L << 20, report -> { }))
          .isInstanceOf(dev.sluice.validator.DataProblem.class)
          .hasMessageContaining("not a readable Arrow IPC stream");
    }
  }

  private static void copy(VectorSchemaRoot from, VectorSchemaRoot to) {
    to.clear();
    to.allocateNew();
    for (int c = 0; c < from.getFieldVectors().size(); c++) {
      for (int i = 0; i < from.getRowCount(); i++) {
        to.getVector(c).copyFromSafe(i, i, from.getVector(c));
      }
      to.getVector(c).setValueCount(from.getRowCount());
    }
    to.setRowCount(from.getRowCount());
  }

  private static ValidationOptions options() {
    return ValidationOptions.DEFAULTS
        .withClock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
  }

  private ValidationReport validate(List<List<Row>> batches) throws Exception {
    Contract contract = Contracts.load(CONTRACT);
    ValidationOptions options = ValidationOptions.DEFAULTS
        .withClock(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));
    try (ValidationSession session = Validator.of(contract, options).session()) {
      for (List<Row> batch : batches) {
        try (VectorSchemaRoot root = root(batch)) {
          session.accept(root, Map.of("lineage.batch", "test"));
        }
      }
      return session.report();
    }
  }

  private VectorSchemaRoot root(List<Row> rows) {
    VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
    root.allocateNew();
    BigIntVector id = (BigIntVector) root.getVector("id");
    VarCharVector email = (VarCharVector) root.getVector("email");
    IntVector qty = (IntVector) root.getVector("qty");
    Float8Vector amount = (Float8Vector) root.getVector("amount");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.id() == null) { id.setNull(i); } else { id.setSafe(i, r.id()); }
      if (r.email() == null) { email.setNull(i); } else { email.setSafe(i, r.email().getBytes(StandardCharsets.UTF_8)); }
      if (r.qty() == null) { qty.setNull(i); } else { qty.setSafe(i, r.qty()); }
      if (r.amount() == null) { amount.setNull(i); } else { amount.setSafe(i, r.amount()); }
    }
    root.setRowCount(rows.size());
    return root;
  }

  private static List<Row> rows(SplittableRandom random, int n) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Long id = random.nextInt(20) == 0 ? null : (long) random.nextInt(n + n / 10 + 1);
      String email = random.nextInt(15) == 0 ? null
          : (random.nextInt(10) == 0 ? "User" : "user") + random.nextInt(50) + "@mail.com";
      Integer qty = random.nextInt(12) == 0 ? null : random.nextInt(12);
      Double amount = random.nextInt(8) == 0 ? null : random.nextDouble() * 100;
      rows.add(new Row(id, email, qty, amount));
    }
    return rows;
  }

  private static List<List<Row>> split(List<Row> rows, SplittableRandom random) {
    List<List<Row>> parts = new ArrayList<>();
    int from = 0;
    while (from < rows.size()) {
      int size = 1 + random.nextInt(Math.max(1, rows.size() / 3));
      parts.add(rows.subList(from, Math.min(rows.size(), from + size)));
      from += size;
    }
    return parts;
  }

  private static long failed(ValidationReport report, String kind) {
    return report.checks().stream().filter(c -> c.kind().json().equals(kind)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " check")).failedRows();
  }

  /** The checks' outcomes without the per-batch dataset list and duration. */
  private static String checksOf(ValidationReport report) {
    return report.checks().stream().map(CheckResult::toString).collect(Collectors.joining("\n"))
        + report.rowCount();
  }
}
