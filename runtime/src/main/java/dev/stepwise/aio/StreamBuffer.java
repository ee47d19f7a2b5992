package dev.stepwise.aio;

import java.util.Arrays;

/**
 * The bytes a {@link StreamReader} holds: a growable array with a read position, so taking a
 * prefix does not move the rest (the space in front is reclaimed when the array must grow).
 * Python's {@code bytearray} buffer of {@code StreamReader}.
 */
final class StreamBuffer {
  private static final byte[] EMPTY = {};
  private byte[] data = EMPTY;
  private int start;
  private int end;

  int size() {
    return end - start;
  }

  boolean isEmpty() {
    return start == end;
  }

  void append(byte[] src, int off, int len) {
    if (len > data.length - end) {
      int size = size();
      if (size + len <= data.length / 2) {
        System.arraycopy(data, start, data, 0, size); // enough room once compacted
      } else {
        byte[] grown = new byte[Math.max(size + len, Math.max(256, data.length * 2))];
        System.arraycopy(data, start, grown, 0, size);
        data = grown;
      }
      start = 0;
      end = size;
    }
    System.arraycopy(src, off, data, end, len);
    end += len;
  }

  /** The offset (from the first byte held) of the first {@code sep} at or after {@code from}, or -1. */
  int indexOf(byte[] sep, int from) {
    int last = end - sep.length;
    outer:
    for (int i = start + from; i <= last; i++) {
      for (int j = 0; j < sep.length; j++) {
        if (data[i + j] != sep[j]) {
          continue outer;
        }
      }
      return i - start;
    }
    return -1;
  }

  /** Whether {@code sep} is held at offset {@code at}. */
  boolean startsWith(byte[] sep, int at) {
    return at >= 0 && at + sep.length <= size()
        && Arrays.equals(data, start + at, start + at + sep.length, sep, 0, sep.length);
  }

  /** Removes and returns the first {@code n} bytes (at most all of them). */
  byte[] take(int n) {
    n = Math.min(n, size());
    byte[] out = Arrays.copyOfRange(data, start, start + n);
    discard(n);
    return out;
  }

  /** Removes the first {@code n} bytes (at most all of them). */
  void discard(int n) {
    start += Math.min(n, size());
    if (start == end) {
      start = 0;
      end = 0;
      if (data.length > 1 << 20) {
        data = EMPTY; // do not keep a large array for an idle connection
      }
    }
  }

  void clear() {
    discard(size());
  }
}
