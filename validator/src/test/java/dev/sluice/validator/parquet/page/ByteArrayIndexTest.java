package dev.sluice.validator.parquet.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The chunk-local index of byte arrays: dense ids in order of arrival that never change, equal
 * bytes always one id and different bytes never one, values decoded like {@link PlainReader}, the
 * bounds on new entries and bytes, and {@link PlainReader#indexed} equal to {@link
 * PlainReader#strings} value for value.
 */
class ByteArrayIndexTest {
  private static final Page.Slice NO_PAGE = new Page.Slice(new byte[0], 0, 0);

  @Test
  void givesEqualBytesOneIdAndDifferentBytesAnother() throws IOException {
    ByteArrayIndex index = new ByteArrayIndex(true, NO_PAGE, new Object[0], 1 << 20, 1 << 30);
    Random random = new Random(7);
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      byte[] key = key(random.nextInt(30_000));
      byte[] padded = new byte[key.length + 5]; // the value somewhere inside a larger array
      System.arraycopy(key, 0, padded, 3, key.length);
      int id = index.intern(padded, 3, key.length);
      Integer known = ids.putIfAbsent(Arrays.toString(key), id);
      assertThat(id).isEqualTo(known == null ? ids.size() - 1 : known);
      assertThat(index.value(id)).isEqualTo(new String(key, StandardCharsets.UTF_8));
    }
    assertThat(index.size()).isEqualTo(ids.size());
    assertThat(index.hits()).isEqualTo(200_000 - ids.size());
  }

  @Test
  void tellsApartKeysWhoseHashesShareTheFingerprintAndSlot() throws IOException {
    Map<Long, byte[]> byFingerprintAndSlot = new HashMap<>();
    byte[] first = null;
    byte[] second = null;
    for (int i = 0; second == null; i++) { // a birthday collision of 37 bits: ~400,000 keys
      byte[] key = bytes("key-" + i);
      long hash = ByteArrayIndex.hash(key, 0, key.length);
      // the upper half is the fingerprint; the table of an empty index has 32 slots
      first = byFingerprintAndSlot.putIfAbsent((hash >>> 32) << 5 | (hash & 31), key);
      second = first == null ? null : key;
    }
    ByteArrayIndex index = new ByteArrayIndex(true, NO_PAGE, new Object[0], 10, 1000);
    for (int round = 0; round < 2; round++) {
      assertThat(index.intern(first, 0, first.length)).isZero();
      assertThat(index.intern(second, 0, second.length)).isEqualTo(1);
    }
  }

  /** Keys of 0 to 60 bytes, most sharing long prefixes and suffixes. */
  private static byte[] key(int n) {
    return (n % 41 == 0 ? "" : ("k" + n + "@example.org").repeat(1 + n % 3).substring(n % 7))
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void startsWithTheDictionaryPageEntriesRepeatsIncluded() throws IOException {
    byte[] malformed = {(byte) 0xff, 0x41};
    List<byte[]> entries = List.of(bytes("a"), bytes(""), bytes("a"), bytes("日本語"), malformed);
    Object[] decoded = new Object[entries.size()];
    byte[] page = plain(entries);
    new PlainReader().reset(page, 0, page.length).strings(decoded, 0, decoded.length);
    byte[] framed = new byte[page.length + 6];
    System.arraycopy(page, 0, framed, 2, page.length);
    ByteArrayIndex index = new ByteArrayIndex(true, new Page.Slice(framed, 2, 2 + page.length),
        decoded, 10, 100);
    assertThat(index.size()).isEqualTo(5);
    for (int id = 0; id < 5; id++) {
      assertThat(index.value(id)).isSameAs(decoded[id]);
    }
    assertThat(index.intern(bytes("a"), 0, 1)).isZero(); // a repeated entry: the first one's id
    assertThat(index.intern(new byte[0], 0, 0)).isEqualTo(1);
    assertThat(index.intern(new byte[] {(byte) 0xff, 0x41}, 0, 2)).isEqualTo(4);
    assertThat(index.intern(bytes("b"), 0, 1)).isEqualTo(5);
    assertThat(index.value(5)).isEqualTo("b");
  }

  @Test
  void rejectsADictionaryPageShorterThanItsEntries() {
    byte[] page = plain(List.of(bytes("abc")));
    Page.Slice cut = new Page.Slice(page, 0, page.length - 1);
    assertThatThrownBy(() -> new ByteArrayIndex(true, cut, new Object[1], 10, 100))
        .isInstanceOf(IOException.class).hasMessageContaining("ends inside entry 0");
  }

  @Test
  void stopsAddingAfterItsBoundsButStillFindsKnownValues() throws IOException {
    ByteArrayIndex byCount = new ByteArrayIndex(true, NO_PAGE, new Object[0], 3, 1000);
    for (String s : List.of("a", "b", "c")) {
      assertThat(byCount.intern(bytes(s), 0, 1)).isNotNegative();
    }
    assertThat(byCount.intern(bytes("d"), 0, 1)).isEqualTo(ByteArrayIndex.NONE);
    assertThat(byCount.intern(bytes("b"), 0, 1)).isEqualTo(1);
    ByteArrayIndex byBytes = new ByteArrayIndex(true, NO_PAGE, new Object[0], 1000, 10);
    assertThat(byBytes.intern(bytes("0123456"), 0, 7)).isZero();
    assertThat(byBytes.intern(bytes("0123"), 0, 4)).isEqualTo(ByteArrayIndex.NONE);
    assertThat(byBytes.intern(bytes("012"), 0, 3)).isEqualTo(1); // exactly 10 bytes
    assertThat(byBytes.size()).isEqualTo(2);
  }

  @Test
  void copiesBytesForByteArrayColumns() throws IOException {
    ByteArrayIndex index = new ByteArrayIndex(false, NO_PAGE, new Object[0], 10, 100);
    byte[] source = {1, 2, 3, 4};
    int id = index.intern(source, 1, 2);
    source[1] = 9;
    assertThat((byte[]) index.value(id)).containsExactly(2, 3);
    assertThat(index.intern(new byte[] {2, 3}, 0, 2)).isEqualTo(id);
  }

  @Test
  void indexedDecodingGivesTheStringsOfPlainDecodingIncludingMalformedUtf8() throws IOException {
    Random random = new Random(42);
    List<byte[]> values = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      byte[] value = new byte[random.nextInt(20)];
      random.nextBytes(value);
      values.add(i % 3 == 0 ? bytes("ünï 日本 🙂 " + i % 50) : i % 3 == 1 ? value
          : values.get(random.nextInt(values.size())));
    }
    byte[] page = plain(values);
    Object[] strings = new Object[values.size()];
    new PlainReader().reset(page, 0, page.length).strings(strings, 0, values.size());
    ByteArrayIndex index = new ByteArrayIndex(true, NO_PAGE, new Object[0], 600, 1 << 20);
    Object[] indexed = new Object[values.size()];
    int[] ids = new int[values.size()];
    PlainReader in = new PlainReader().reset(page, 0, page.length);
    int done = 0;
    while (done < values.size()) { // in uneven runs, across blocks
      done += in.indexed(index, indexed, ids, done, Math.min(values.size() - done, 1 + done % 97));
      if (index.size() == 600) {
        break;
      }
    }
    in.strings(indexed, done, values.size() - done); // the index is full: the rest as before
    assertThat(indexed).containsExactly(strings);
    for (int i = 0; i < done; i++) {
      assertThat(index.value(ids[i])).isSameAs(indexed[i]);
    }
    assertThat(done).isLessThan(values.size());
  }

  @Test
  void indexedDecodingFailsOnTruncatedValuesLikePlainDecoding() {
    byte[] lying = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(100).array();
    assertThatThrownBy(() -> new PlainReader().reset(lying, 0, 8).indexed(
        new ByteArrayIndex(true, NO_PAGE, new Object[0], 10, 100), new Object[1], new int[1], 0,
        1)).hasMessageContaining("length 100 runs past the end");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] plain(List<byte[]> values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] v : values) {
      out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v.length)
          .array());
      out.writeBytes(v);
    }
    return out.toByteArray();
  }
}
