package dev.stepwise.aio;

/**
 * The byte pipe under a pair of streams: it writes without blocking (buffering what the OS does not
 * take at once), reports its buffer to a {@link StreamProtocol} through the high/low water marks,
 * and can stop reading while the reader's buffer is full. asyncio's {@code Transport}
 * ({@code ReadTransport} and {@code WriteTransport}); socket connections and subprocess pipes
 * implement it.
 */
interface Transport {
  /** Writes {@code len} bytes of {@code data} from {@code off}; never blocks; keeps a copy of what it buffers. */
  void write(byte[] data, int off, int len);

  /** Closes the writing side once the buffer is flushed. */
  void writeEof();

  boolean canWriteEof();

  /** Closes once the buffer is flushed; the protocol then learns of it with {@code connectionLost(null)}. */
  void close();

  /** Closes at once, dropping the buffer. */
  void abort();

  boolean isClosing();

  int writeBufferSize();

  /** Sets the water marks; negative values pick asyncio's defaults (64 KiB, and high / 4). */
  void setWriteBufferLimits(int high, int low);

  int[] writeBufferLimits();

  void pauseReading();

  void resumeReading();

  /** Details such as {@code "peername"}, {@code "sockname"}, {@code "socket"}; null if unknown. */
  Object extraInfo(String name);
}
