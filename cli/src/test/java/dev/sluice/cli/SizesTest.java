package dev.sluice.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizesTest {

  @Test
  void parsesBinaryUnits() {
    assertThat(Sizes.parse("1024")).isEqualTo(1024);
    assertThat(Sizes.parse("64k")).isEqualTo(64 * 1024);
    assertThat(Sizes.parse("512M")).isEqualTo(512L << 20);
    assertThat(Sizes.parse("2gb")).isEqualTo(2L << 30);
    assertThat(Sizes.parse(" 1t ")).isEqualTo(1L << 40);
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> Sizes.parse("lots")).hasMessageContaining("not a size");
    assertThatThrownBy(() -> Sizes.parse("-5m")).hasMessageContaining("negative");
    assertThatThrownBy(() -> Sizes.parse("99999999999t")).hasMessageContaining("not a size");
  }

  @Test
  void printsHumanSizes() {
    assertThat(Sizes.human(512)).isEqualTo("512 B");
    assertThat(Sizes.human(1536)).isEqualTo("1.5 KiB");
    assertThat(Sizes.human(3L << 30)).isEqualTo("3.0 GiB");
  }
}
