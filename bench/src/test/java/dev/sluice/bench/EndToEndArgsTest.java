package dev.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndToEndArgsTest {
  @Test
  void defaultsToTenMillionRowsFiveRunsTwoThreads() {
    EndToEndOptions o = EndToEndArgs.parse(List.of());
    assertThat(o.rows()).isEqualTo(10_000_000L);
    assertThat(o.runs()).isEqualTo(5);
    assertThat(o.threads()).isEqualTo(2);
    assertThat(o.dataDir()).isEqualTo(Path.of("bench/data"));
    assertThat(o.sluiceArgs()).isNull();
    assertThat(o.scale()).isFalse();
  }

  @Test
  void readsEveryOption() {
    EndToEndOptions o = EndToEndArgs.parse(List.of("--rows", "200_000", "--runs", "1",
        "--threads", "4", "--data-dir", "/tmp/d", "--sluice-args", "--threads 4 --verbose",
        "--scale", "--scale-rows", "1000,2000"));
    assertThat(o.rows()).isEqualTo(200_000L);
    assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/d"));
    assertThat(o.sluiceArgs()).containsExactly("--threads", "4", "--verbose");
    assertThat(o.scaleRows()).containsExactly(1000L, 2000L);
    assertThat(EndToEndArgs.parse(List.of("--sluice-args", "")).sluiceArgs()).isEmpty();
  }

  @Test
  void rejectsUnknownOptionsAndBadNumbers() {
    assertThatThrownBy(() -> EndToEndArgs.parse(List.of("--fast")))
        .hasMessageContaining("unknown option '--fast'");
    assertThatThrownBy(() -> EndToEndArgs.parse(List.of("--rows", "ten")))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> EndToEndArgs.parse(List.of("--runs", "0")))
        .hasMessageContaining("1 or more");
  }

  @Test
  void textRunsAlone() {
    assertThat(EndToEndArgs.parse(List.of("--text")).text()).isTrue();
    assertThat(EndToEndArgs.parse(List.of()).text()).isFalse();
    assertThatThrownBy(() -> EndToEndArgs.parse(List.of("--text", "--quarantine")))
        .hasMessageContaining("--text runs alone");
  }

  @Test
  void readsTextByItsExtension() {
    assertThat(DuckDbQuery.reader(Path.of("a/orders.csv"))).startsWith("read_csv(?");
    assertThat(DuckDbQuery.reader(Path.of("orders.jsonl"))).startsWith("read_json(?");
    assertThat(DuckDbQuery.reader(Path.of("orders.parquet"))).isEqualTo("read_parquet(?)");
  }

  @Test
  void namesFilesByTheirRowCount() {
    assertThat(BenchData.label(10_000_000)).isEqualTo("10m");
    assertThat(BenchData.label(200_000)).isEqualTo("200k");
    assertThat(BenchData.label(12_345)).isEqualTo("12345");
  }
}
