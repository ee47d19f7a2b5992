package dev.stepwise.tests.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.stepwise.aio.Aio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Streams over real loopback TCP (127.0.0.1, ephemeral ports): servers from
 * {@code Aio.startServer}, clients from {@code Aio.openConnection}, all on one loop. Every test is
 * bounded in time; every loop in count.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StreamsTest {
  private static final Scenario SCENARIO = ScenarioSteps.INSTANCE;

  @Test
  void linesComeBackInOrder() {
    assertEquals(List.of("hello", "world", "ünïcödé"), Aio.run(SCENARIO.echoOnce(List.of("hello", "world", "ünïcödé"))));
  }

  @Test
  void aThousandConcurrentClientsGetBackEveryByte() {
    assertEquals(1000, Aio.run(SCENARIO.manyClients(1000, 8 * 1024, 42)));
  }

  @Test
  void tenThousandConnectCloseCyclesLeaveNoDescriptorBehind() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc/self/fd to count open files");
    Aio.run(SCENARIO.connectClose(10)); // the first run opens the JDK's own lasting descriptors
    long before = count(fds);
    assertEquals(10_000, Aio.run(SCENARIO.connectClose(10_000)));
    assertEquals(before, count(fds));
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }
}
