package dev.sluice.contracts.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticVersionTest {
  private static SemanticVersion v(String text) {
    return SemanticVersion.parse(text).orElseThrow();
  }

  @Test
  void ordersBySemverPrecedence() {
    List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
        "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.2.0",
        "1.10.0", "2.0.0", "10.0.0");
    List<SemanticVersion> shuffled = new ArrayList<>(ordered.stream().map(SemanticVersionTest::v).toList());
    Collections.shuffle(shuffled, new java.util.Random(7));
    Collections.sort(shuffled);
    assertThat(shuffled).extracting(SemanticVersion::toString).containsExactlyElementsOf(ordered);
  }

  @Test
  void parsesPartsAndPrintsThemBack() {
    SemanticVersion version = v("12.3.45-rc.1");
    assertThat(version.major()).isEqualTo(12);
    assertThat(version.minor()).isEqualTo(3);
    assertThat(version.patch()).isEqualTo(45);
    assertThat(version.preRelease()).isEqualTo("rc.1");
    assertThat(version).hasToString("12.3.45-rc.1");
  }

  @Test
  void refusesWhatIsNotSemantic() {
    for (String bad : List.of("1.0", "v1.0.0", "1.0.0+build.5", "01.0.0", "1.0.0-", "1.0.0-a..b",
        "1.0.0-01", "", "1.0.0/../x", "1.0.0 ")) {
      assertThat(SemanticVersion.parse(bad)).as(bad).isEmpty();
    }
  }
}
