package dev.stepwise.aio;

/**
 * A write transport's flow control: the protocol is paused when the buffer grows above the
 * high-water mark and resumed when it falls to the low-water mark. asyncio's
 * {@code _FlowControlMixin} of transports ({@code set_write_buffer_limits},
 * {@code _maybe_pause_protocol}, {@code _maybe_resume_protocol}). Used on the loop's thread.
 */
final class WaterMarks {
  /** asyncio's default high-water mark: 64 KiB (the low one is a quarter of it). */
  static final int DEFAULT_HIGH = 64 * 1024;

  private final StreamProtocol protocol;
  private int high = DEFAULT_HIGH;
  private int low = DEFAULT_HIGH / 4;
  private boolean paused;

  WaterMarks(StreamProtocol protocol) {
    this.protocol = protocol;
  }

  /** Sets the marks; negative values pick asyncio's defaults (64 KiB, or 4 x low; high / 4). */
  void set(int high, int low, long buffered) {
    if (high < 0) {
      high = low < 0 ? DEFAULT_HIGH : 4 * low;
    }
    if (low < 0) {
      low = high / 4;
    }
    if (!(high >= low && low >= 0)) {
      throw new IllegalArgumentException("high (" + high + ") must be >= low (" + low + ") must be >= 0");
    }
    this.high = high;
    this.low = low;
    grew(buffered);
  }

  /** {@code {low, high}}. */
  int[] limits() {
    return new int[] {low, high};
  }

  /** The buffer grew to {@code buffered}: pause the protocol above the high-water mark. */
  void grew(long buffered) {
    if (!paused && buffered > high) {
      paused = true;
      protocol.pauseWriting();
    }
  }

  /** The buffer shrank to {@code buffered}: resume the protocol at the low-water mark. */
  void shrank(long buffered) {
    if (paused && buffered <= low) {
      paused = false;
      protocol.resumeWriting();
    }
  }
}
