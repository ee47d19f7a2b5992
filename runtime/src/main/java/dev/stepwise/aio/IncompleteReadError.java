package dev.stepwise.aio;

import java.io.EOFException;
import java.io.UncheckedIOException;

/**
 * The stream ended before a read had what it asked for: {@link StreamReader#readexactly} got fewer
 * bytes, or {@link StreamReader#readuntil} found no separator before the end. Python's
 * {@code asyncio.IncompleteReadError} (a subclass of {@code EOFError}); here an unchecked exception
 * whose cause is an {@link EOFException}. The bytes read are not lost: {@link #partial()} holds
 * them.
 */
public final class IncompleteReadError extends UncheckedIOException {
  private static final long serialVersionUID = 1L;
  private final byte[] partial;
  private final Integer expected;

  /**
   * @param partial the bytes read before the end of the stream
   * @param expected the number of bytes asked for, or null when reading up to a separator
   */
  public IncompleteReadError(byte[] partial, Integer expected) {
    super(partial.length + " bytes read on a total of " + (expected == null ? "undefined" : expected) + " expected bytes",
        new EOFException("end of stream"));
    this.partial = partial.clone();
    this.expected = expected;
  }

  /**
   * The bytes read before the end of the stream. Python's {@code partial}.
   *
   * @return a copy of them
   */
  public byte[] partial() {
    return partial.clone();
  }

  /**
   * The number of bytes asked for. Python's {@code expected}.
   *
   * @return it, or null when the read was up to a separator
   */
  public Integer expected() {
    return expected;
  }
}
