package dev.stepwise.tests.debugging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.aio.Aio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop's Flight Recorder events: recorded when a recording enables them (task created and
 * finished with its outcome, slow callbacks over the threshold, loop iterations), and absent from
 * a recording that does not.
 */
class FlightRecorderTest {
  @TempDir Path dir;

  private List<RecordedEvent> record(boolean enable) throws Exception {
    Path file = dir.resolve(enable ? "on.jfr" : "off.jfr");
    try (Recording recording = new Recording()) {
      if (enable) {
        recording.enable("dev.stepwise.TaskCreated");
        recording.enable("dev.stepwise.TaskFinished");
        recording.enable("dev.stepwise.Callback").withThreshold(Duration.ofMillis(40));
        recording.enable("dev.stepwise.LoopIteration");
      }
      recording.start();
      Aio.run(RecordedSteps.INSTANCE.main());
      recording.stop();
      recording.dump(file);
    }
    return RecordingFile.readAllEvents(file).stream()
        .filter(e -> e.getEventType().getName().startsWith("dev.stepwise."))
        .collect(Collectors.toList());
  }

  private static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
    return events.stream().filter(e -> e.getEventType().getName().equals(name)).collect(Collectors.toList());
  }

  @Test
  void eventsAreRecordedWhenEnabled() throws Exception {
    List<RecordedEvent> events = record(true);

    Map<String, String> created = new TreeMap<>();
    for (RecordedEvent e : named(events, "dev.stepwise.TaskCreated")) {
      created.put(e.getString("task"), e.getString("coroutine"));
    }
    assertEquals(Map.of("Task-1", "Recorded.main", "ok", "Recorded.ok", "fails", "Recorded.fails",
        "forever", "Recorded.forever", "slow", "Recorded.slow", "Task-6", "BaseEventLoop.shutdown_asyncgens"), created,
        "main, the four it starts, and Aio.run's closing of async generators");

    Map<String, String> outcomes = new TreeMap<>();
    for (RecordedEvent e : named(events, "dev.stepwise.TaskFinished")) {
      outcomes.put(e.getString("task"), e.getString("outcome"));
    }
    assertEquals(Map.of("Task-1", "result", "ok", "result", "fails", "exception", "forever", "cancelled", "slow", "result",
        "Task-6", "result"), outcomes);

    List<RecordedEvent> slow = named(events, "dev.stepwise.Callback");
    assertEquals(1, slow.size(), "only the step that blocked for 60 ms is over the 40 ms threshold: " + slow);
    assertTrue(slow.get(0).getString("callback").contains("name='slow'"), slow.get(0).getString("callback"));
    assertTrue(slow.get(0).getDuration().toMillis() >= 50, "duration " + slow.get(0).getDuration());

    List<RecordedEvent> iterations = named(events, "dev.stepwise.LoopIteration");
    assertTrue(iterations.size() >= 3, "iterations: " + iterations.size());
    assertTrue(iterations.stream().mapToInt(e -> e.getInt("callbacks")).sum() >= 10,
        "the callbacks the iterations ran, at least a step per task and its wake-ups");
  }

  @Test
  void nothingIsRecordedUnlessEnabled() throws Exception {
    assertEquals(List.of(), record(false));
  }
}
