package dk.samarbejdsmodel.json.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * UTF-8-kontrol: finds the first byte sequence that is not well-formed UTF-8 (The Unicode Standard, table 3-7:
 * no overlong forms, no surrogates, nothing above U+10FFFF, nothing cut off). A byte scan that decodes nothing:
 * eight ASCII bytes are passed over at a time. Jackson's parser checks only the bytes inside the strings it
 * decodes and lets overlong forms and encoded surrogates through, so the reader runs this first. Internal.
 *
 * <pre>{@code
 * Utf8.firstInvalid("æ".getBytes(StandardCharsets.UTF_8));          // -1
 * Utf8.firstInvalid(new byte[] {'a', (byte) 0xC0, (byte) 0x80});    // 1 (an overlong NUL)
 * }</pre>
 */
public final class Utf8 {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /** The offset of the first byte of the first ill-formed sequence, or -1 when all of it is UTF-8. */
  public static int firstInvalid(byte[] b) {
    int n = b.length;
    int i = 0;
    while (i < n) {
      if (i + 8 <= n && (((long) LONGS.get(b, i)) & HIGH_BITS) == 0) {
        i += 8;
        continue;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) {
          lo = 0xA0;
        } else if (c == 0xED) {
          hi = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F;
        }
      } else {
        return i;
      }
      if (i + len > n) {
        return i;
      }
      int c1 = b[i + 1] & 0xFF;
      if (c1 < lo || c1 > hi) {
        return i;
      }
      for (int k = 2; k < len; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += len;
    }
    return -1;
  }
}
