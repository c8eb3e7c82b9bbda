package dev.sluice.validator.text;

import dev.sluice.validator.testing.DataFileScans;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sluice.validator.data.ColumnInfo;
import dev.sluice.validator.data.ColumnVector;
import dev.sluice.validator.data.ValueType;
import dev.sluice.validator.data.ValueType.Kind;
import dev.sluice.validator.data.ValueType.TimeUnit;
import dev.sluice.validator.testing.DataFileScans.Invalid;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every conversion of text to a column type, valid and invalid. */
class TextCellsTest {
  private static final ValueType UTC_MICROS = ValueType.timestamp(TimeUnit.MICROS, true);
  private static final ValueType LOCAL_MICROS = ValueType.timestamp(TimeUnit.MICROS, false);

  /** The value text parses to, or {@link Invalid} with the text. */
  static Object parse(ValueType type, String text) {
    ColumnVector v = new ColumnVector(new ColumnInfo("c", type, true, false, "test"), 1);
    v.size = 1;
    char[] chars = ("<<" + text + ">>").toCharArray(); // the parser must keep to its slice
    TextCells.read(v, 0, chars, 2, text.length());
    if (v.invalid != null && v.invalid[0]) {
      return new Invalid(v.invalidText(0));
    }
    assertThat(v.nulls[0]).isFalse();
    Object value = v.valueAt(0);
    return value instanceof byte[] ? new String((byte[]) value, java.nio.charset.StandardCharsets.UTF_8) : value;
  }

  @ParameterizedTest
  @CsvSource({"0,0", "42,42", "-42,-42", "+7,7", "007,7", "9223372036854775807,9223372036854775807",
      "-9223372036854775808,-9223372036854775808"})
  void readsIntegers(String text, long expected) {
    assertThat(parse(ValueType.of(Kind.INTEGER), text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "1.0", "1e3", "1,000",
      " 1", "1 ", "-", "+", "0x10", "1_000", "١٢", "abc", "1L"})
  void rejectsWhatIsNotAnInteger(String text) {
    assertThat(parse(ValueType.of(Kind.INTEGER), text)).isEqualTo(new Invalid(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "1.5", "-2.25", ".5", "5.", "1e3", "1E-3", "+1.5e+2",
      "0.1", "123456789012345678901234567890", "3.141592653589793238462643383279",
      "1.7976931348623157e308", "4.9e-324", "1e-400", "0.30000000000000004", "9007199254740993",
      "123456789012345.6", "1234567890123456e-10"})
  void readsNumbersAsJavaDoes(String text) {
    assertThat(parse(ValueType.of(Kind.FLOAT), text)).isEqualTo(Double.parseDouble(text));
  }

  @Test
  void readsRandomNumbersExactlyAsJavaDoes() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      double d = random.nextInt(4) == 0 ? random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20)
          : random.nextInt(1_000_000) / Math.pow(10, random.nextInt(8));
      String text = random.nextBoolean() ? Double.toString(d) : String.format("%." + random.nextInt(12) + "f", d);
      assertThat(parse(ValueType.of(Kind.FLOAT), text)).as(text).isEqualTo(Double.parseDouble(text));
    }
  }

  @Test
  void readsSpecialNumbersInAnyCase() {
    ValueType f = ValueType.of(Kind.FLOAT);
    assertThat(parse(f, "NaN")).isEqualTo(Double.NaN);
    assertThat(parse(f, "nan")).isEqualTo(Double.NaN);
    assertThat(parse(f, "Infinity")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(parse(f, "-inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(parse(f, "+INF")).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "-1e999", "1.5.2", "e3", "1e", "1e+", ".", "1d", "1f", "0x1p3",
      " 1.5", "1,5", "--1", "-nan", "infinite", "1e3e3", "NaNa"})
  void rejectsWhatIsNotAFiniteNumber(String text) {
    assertThat(parse(ValueType.of(Kind.FLOAT), text)).isEqualTo(new Invalid(text));
  }

  @ParameterizedTest
  @CsvSource({"2,1.5,1.50", "2,1.50,1.50", "2,1.500,1.50", "1,1.50,1.5", "0,12,12", "2,-0.5,-0.50",
      "2,1e2,100.00", "2,1.5e-1,0.15", "0,1E+3,1000", "2,.5,0.50", "2,0,0.00", "3,+7.25,7.250"})
  void readsDecimalsAtTheColumnsScale(int scale, String text, String expected) {
    Object value = parse(ValueType.decimal(scale), text);
    assertThat(value).isEqualTo(new BigDecimal(expected));
    assertThat(((BigDecimal) value).scale()).isEqualTo(scale);
  }

  @ParameterizedTest
  @CsvSource({"2,1.555", "0,0.5", "2,1e-3", "2,NaN", "2,abc", "2,1e999999999", "2,1e-999999999",
      "2,1e99999999999", "2,'1.5 '"})
  void rejectsDecimalsThatWouldRound(int scale, String text) {
    assertThat(parse(ValueType.decimal(scale), text)).isEqualTo(new Invalid(text));
  }

  @ParameterizedTest
  @CsvSource({"true,1", "TRUE,1", "True,1", "false,0", "FaLsE,0", "1,1", "0,0"})
  void readsBooleans(String text, long expected) {
    assertThat(parse(ValueType.of(Kind.BOOLEAN), text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "t", "f", "2", "-1", "truee", " true", "on"})
  void rejectsOtherBooleans(String text) {
    assertThat(parse(ValueType.of(Kind.BOOLEAN), text)).isEqualTo(new Invalid(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01", "2024-02-29", "2000-02-29", "0000-01-01", "9999-12-31",
      "1969-12-31", "1600-03-01", "2023-06-15"})
  void readsDatesAsEpochDays(String text) {
    assertThat(parse(ValueType.of(Kind.DATE), text)).isEqualTo(LocalDate.parse(text).toEpochDay());
  }

  @Test
  void readsEveryDayOfFourCenturiesAsJavaDoes() {
    for (LocalDate d = LocalDate.of(1800, 1, 1); d.getYear() < 2200; d = d.plusDays(1)) {
      assertThat(parse(ValueType.of(Kind.DATE), d.toString())).isEqualTo(d.toEpochDay());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31",
      "2024-1-01", "24-01-01", "2024/01/01", "2024-01-01T00:00:00", "20240101", " 2024-01-01",
      "+2024-01-01", "2024-01-0a"})
  void rejectsWhatIsNotADate(String text) {
    assertThat(parse(ValueType.of(Kind.DATE), text)).isEqualTo(new Invalid(text));
  }

  @ParameterizedTest
  @CsvSource({"00:00,0", "23:59,86340000000", "12:34:56,45296000000", "12:34:56.5,45296500000",
      "12:34:56.123456,45296123456", "12:34:56.123456000,45296123456", "23:59:59.999999,86399999999"})
  void readsTimesInMicros(String text, long expected) {
    assertThat(parse(ValueType.time(TimeUnit.MICROS), text)).isEqualTo(expected);
  }

  @Test
  void readsTimesInEveryUnit() {
    assertThat(parse(ValueType.time(TimeUnit.MILLIS), "00:00:01.5")).isEqualTo(1500L);
    assertThat(parse(ValueType.time(TimeUnit.NANOS), "00:00:01.000000001")).isEqualTo(1_000_000_001L);
    assertThat(parse(ValueType.time(TimeUnit.MILLIS), "00:00:01.0001"))
        .isEqualTo(new Invalid("00:00:01.0001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"24:00", "24:00:00", "12:60", "12:00:60", "1:00", "12:00:00.",
      "12:00:00.1234567890", "12:00:00Z", "12:00:00+01:00", "12-00-00", "12:00:0", "noon",
      "12:34:56.1234567"})
  void rejectsWhatIsNotATime(String text) {
    assertThat(parse(ValueType.time(TimeUnit.MICROS), text)).isEqualTo(new Invalid(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-02T03:04:05Z", "2024-01-02T03:04:05.123456Z",
      "2024-01-02T03:04:05+02:00", "2024-01-02T03:04:05-0530", "2024-01-02T03:04:05+01",
      "1969-12-31T23:59:59.999999Z", "2024-01-02 03:04:05z", "2024-01-02t03:04Z",
      "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999+18:00", "2024-01-02T03:04:05.1-18:00"})
  void readsInstantsWithOffsets(String text) {
    String iso = text.replace(' ', 'T').replace('t', 'T').replace('z', 'Z')
        .replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2").replaceAll("([+-]\\d\\d)$", "$1:00")
        .replaceAll("T(\\d\\d:\\d\\d)Z$", "T$1:00Z");
    Instant instant = java.time.OffsetDateTime.parse(iso).toInstant();
    assertThat(parse(UTC_MICROS, text)).isEqualTo(micros(instant));
  }

  @Test
  void readsATimestampWithoutOffsetInAUtcColumnAsUtc() {
    long expected = LocalDateTime.parse("2024-01-02T03:04:05.5").toInstant(ZoneOffset.UTC)
        .toEpochMilli() * 1000;
    assertThat(parse(UTC_MICROS, "2024-01-02T03:04:05.5")).isEqualTo(expected);
    assertThat(parse(UTC_MICROS, "2024-01-02 03:04:05.500")).isEqualTo(expected);
    assertThat(parse(LOCAL_MICROS, "2024-01-02T03:04:05.5")).isEqualTo(expected);
  }

  @Test
  void refusesAnOffsetInALocalColumn() {
    assertThat(parse(LOCAL_MICROS, "2024-01-02T03:04:05Z"))
        .isEqualTo(new Invalid("2024-01-02T03:04:05Z"));
    assertThat(parse(LOCAL_MICROS, "2024-01-02T03:04:05+01:00"))
        .isEqualTo(new Invalid("2024-01-02T03:04:05+01:00"));
  }

  @Test
  void readsTimestampsInEveryUnitWithoutRounding() {
    assertThat(parse(ValueType.timestamp(TimeUnit.MILLIS, true), "1970-01-01T00:00:01.5Z"))
        .isEqualTo(1500L);
    assertThat(parse(ValueType.timestamp(TimeUnit.NANOS, true), "1970-01-01T00:00:00.000000001Z"))
        .isEqualTo(1L);
    assertThat(parse(ValueType.timestamp(TimeUnit.MILLIS, true), "1970-01-01T00:00:00.0001Z"))
        .isEqualTo(new Invalid("1970-01-01T00:00:00.0001Z"));
    assertThat(parse(ValueType.timestamp(TimeUnit.NANOS, true), "2300-01-01T00:00:00Z"))
        .isEqualTo(new Invalid("2300-01-01T00:00:00Z")); // beyond a long of nanoseconds
    assertThat(parse(UTC_MICROS, "2300-01-01T00:00:00Z")).isEqualTo(
        micros(Instant.parse("2300-01-01T00:00:00Z")));
  }

  @Test
  void readsRandomTimestampsAsJavaDoes() {
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      long seconds = random.nextLong() % 200_000_000_000L;
      int micros = random.nextInt(1_000_000);
      Instant instant = Instant.ofEpochSecond(seconds, micros * 1000L);
      if (instant.atOffset(ZoneOffset.UTC).getYear() < 1 || instant.atOffset(ZoneOffset.UTC).getYear() > 9999) {
        continue;
      }
      int offsetMinutes = random.nextInt(18 * 60 * 2 + 1) - 18 * 60;
      ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
      String text = instant.atOffset(offset).toString();
      assertThat(parse(UTC_MICROS, text)).as(text)
          .isEqualTo(micros(instant));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-02", "2024-01-02T", "2024-01-02T03", "2024-01-02X03:04:05",
      "2024-01-02T03:04:05+19:00", "2024-01-02T03:04:05+01:60", "2024-01-02T03:04:05+1",
      "2024-01-02T03:04:05UTC", "2024-01-02T03:04:05 Z", "2024-02-30T00:00:00Z",
      "2024-01-02T03:04:05+01:00:00", "2024-01-02T03:04:05Z[UTC]", "2024-01-02T25:00:00Z",
      "1715000000", "2024-01-02T03:04:05.Z", "2024-01-02T03:04:05+"})
  void rejectsWhatIsNotATimestamp(String text) {
    assertThat(parse(UTC_MICROS, text)).isEqualTo(new Invalid(text));
  }

  @Test
  void keepsStringsAsTheyAre() {
    ValueType s = ValueType.of(Kind.STRING);
    assertThat(parse(s, " padded ")).isEqualTo(" padded ");
    assertThat(parse(s, "ünïcödé ✓ 𝄞")).isEqualTo("ünïcödé ✓ 𝄞");
  }

  @Test
  void readsBinaryAsBase64() {
    ValueType b = ValueType.of(Kind.BINARY);
    assertThat(parse(b, "aGVsbG8=")).isEqualTo("hello");
    assertThat(parse(b, "aGVsbG8")).isEqualTo("hello");
    assertThat(parse(b, "not base64!")).isEqualTo(new Invalid("not base64!"));
  }

  @Test
  void cutsLongInvalidTextsForSamples() {
    String text = "x".repeat(10_000);
    Invalid invalid = (Invalid) parse(ValueType.of(Kind.INTEGER), text);
    assertThat(invalid.text()).hasSize(201).endsWith("…");
  }

  @Test
  void givesAnExplicitEmptyTextItsOwnMeaningPerType() {
    for (Kind kind : Kind.values()) {
      ValueType type = kind == Kind.DECIMAL ? ValueType.decimal(2) : ValueType.of(kind);
      ColumnVector v = new ColumnVector(new ColumnInfo("c", type, true, false, "test"), 1);
      TextCells.readEmpty(v, 0);
      boolean hasEmpty = kind == Kind.STRING || kind == Kind.BINARY;
      assertThat(v.nulls[0]).as(kind.name()).isEqualTo(!hasEmpty);
    }
  }

  private static long micros(Instant instant) {
    return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000;
  }

  @Test
  void parsesTimeOfDayAsJavaDoes() {
    for (int s = 0; s < 86_400; s += 97) {
      LocalTime t = LocalTime.ofSecondOfDay(s);
      assertThat(parse(ValueType.time(TimeUnit.MICROS), t.toString())).isEqualTo(s * 1_000_000L);
    }
  }
}
