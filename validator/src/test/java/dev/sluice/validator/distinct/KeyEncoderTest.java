package dev.sluice.validator.distinct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyEncoderTest {

  @Test
  void encodesNumericallyEqualDoublesEqual() {
    assertThat(KeyEncoder.doubleKey(-0.0)).isEqualTo(KeyEncoder.doubleKey(0.0));
    assertThat(KeyEncoder.doubleKey(Double.longBitsToDouble(0x7ff8000000000001L)))
        .isEqualTo(KeyEncoder.doubleKey(Double.NaN))
        .isEqualTo(KeyEncoder.doubleKey(Double.longBitsToDouble(0xfff0000000000abcL)));
    assertThat(KeyEncoder.doubleKey(1.0)).isNotEqualTo(KeyEncoder.doubleKey(Math.nextUp(1.0)));
    assertThat(encode(-0.0)).isEqualTo(encode(0.0));
    assertThat(encode(Float.NaN)).isEqualTo(encode(Double.NaN));
    assertThat(encode(1.5f)).isEqualTo(encode(1.5));
  }

  @Test
  void encodesNumericallyEqualDecimalsEqual() {
    assertThat(encode(new BigDecimal("1.0")))
        .isEqualTo(encode(new BigDecimal("1.00")))
        .isEqualTo(encode(BigDecimal.ONE));
    assertThat(encode(new BigDecimal("0.000")))
        .isEqualTo(encode(BigDecimal.ZERO))
        .isEqualTo(encode(new BigDecimal("-0.00")))
        .isEqualTo(encode(new BigDecimal("0E+5")));
    assertThat(encode(new BigDecimal("100"))).isEqualTo(encode(new BigDecimal("1E+2")));
    assertThat(encode(new BigDecimal("1.01"))).isNotEqualTo(encode(new BigDecimal("1.1")));
    assertThat(encode(new BigDecimal("-1"))).isNotEqualTo(encode(BigDecimal.ONE));
  }

  @Test
  void keepsKindsApart() {
    assertThat(encode(1L)).isNotEqualTo(encode(1.0)).isNotEqualTo(encode(BigDecimal.ONE));
    assertThat(encode(1)).isEqualTo(encode(1L)).isEqualTo(encode((short) 1));
    assertThat(encode("ab")).isNotEqualTo(encode(new byte[] {'a', 'b'}));
    assertThatThrownBy(() -> new KeyEncoder().add(new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no key encoding for java.lang.Object");
  }

  @Test
  void keepsTupleBoundaries() {
    assertThat(encode("ab", "c")).isNotEqualTo(encode("a", "bc")).isNotEqualTo(encode("abc"));
    assertThat(encode("", "")).isNotEqualTo(encode("")).isNotEqualTo(encode());
    assertThat(encode(new byte[0], "x")).isNotEqualTo(encode("x", new byte[0]));
  }

  @Test
  void writesStringsAsUtf8WithALengthPrefix() {
    byte[] bytes = encode("é");
    assertThat(bytes).containsExactly(3, 0, 0, 0, 2, 0xC3, 0xA9);
  }

  @Test
  void randomTuplesEncodeEqualExactlyWhenEqual() {
    SplittableRandom random = new SplittableRandom(9);
    Map<ByteBuffer, List<Object>> seen = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      Object[] tuple = randomTuple(random);
      List<Object> canonical = canonical(tuple);
      List<Object> before = seen.putIfAbsent(ByteBuffer.wrap(encode(tuple)), canonical);
      if (before != null) {
        assertThat(before).isEqualTo(canonical);
      }
    }
    long distinctTuples = seen.values().stream().distinct().count();
    assertThat(distinctTuples).isEqualTo(seen.size());
  }

  @Test
  void reusesItsBufferAcrossTuples() {
    KeyEncoder encoder = new KeyEncoder();
    encoder.addString("x".repeat(1000)).clear().addLong(3);
    assertThat(encoder.length()).isEqualTo(9);
    assertThat(encoder.toByteArray()).isEqualTo(encode(3L));
    BytesKeySet set = BytesKeySet.create(MemoryBudget.unlimited());
    assertThat(set.add(encoder)).isZero();
    assertThat(set.add(encoder.clear().addLong(3))).isEqualTo(1);
  }

  private static byte[] encode(Object... values) {
    KeyEncoder encoder = new KeyEncoder();
    for (Object value : values) {
      encoder.add(value);
    }
    return encoder.toByteArray();
  }

  private static Object[] randomTuple(SplittableRandom random) {
    Object[] tuple = new Object[random.nextInt(1, 4)];
    for (int i = 0; i < tuple.length; i++) {
      int small = random.nextInt(-3, 4);
      switch (random.nextInt(5)) {
        case 0:
          tuple[i] = (long) small;
          break;
        case 1:
          tuple[i] = small == 0 && random.nextBoolean() ? -0.0 : small / 2.0;
          break;
        case 2:
          tuple[i] = "ab".substring(0, Math.abs(small) % 3);
          break;
        case 3:
          tuple[i] = new byte[Math.abs(small) % 3];
          break;
        default:
          tuple[i] = new BigDecimal(BigInteger.valueOf(small * 10L), random.nextInt(3));
      }
    }
    return tuple;
  }

  /** Values compared the way keys should be: kind first, then value. */
  private static List<Object> canonical(Object[] tuple) {
    List<Object> values = new ArrayList<>();
    for (Object v : tuple) {
      if (v instanceof Double) {
        values.add("d" + ((Double) v + 0.0));
      } else if (v instanceof BigDecimal) {
        values.add("m" + ((BigDecimal) v).stripTrailingZeros().toPlainString());
      } else if (v instanceof byte[]) {
        values.add("b" + ((byte[]) v).length);
      } else {
        values.add(v.getClass().getSimpleName().charAt(0) + String.valueOf(v));
      }
    }
    return values;
  }
}
