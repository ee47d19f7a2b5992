package dev.stepwise.aio;

/**
 * The loop's JDK Flight Recorder events, all disabled unless a recording enables them:
 * {@code dev.stepwise.TaskCreated}, {@code dev.stepwise.TaskFinished}, {@code dev.stepwise.Callback}
 * (a callback or task step that ran at least its threshold, 100 ms by default: asyncio's slow
 * callback warning, as an event) and {@code dev.stepwise.LoopIteration} (one turn of the loop and
 * how many callbacks it ran). {@code jdk.jfr} is optional at run time ({@code requires static}):
 * without it in the image, nothing here loads it and every check is a constant false.
 */
final class LoopEvents {
  private LoopEvents() {}

  /** Whether the JDK has Flight Recorder (a jlink'd image may leave {@code jdk.jfr} out). */
  private static final boolean AVAILABLE =
      ModuleLayer.boot().findModule("jdk.jfr").map(LoopEvents.class.getModule()::canRead).orElse(false);

  /**
   * Whether Flight Recorder runs in this JVM: the one check the loop makes per iteration (and per
   * task) while nothing records; the finer ones below are asked only when it is true.
   */
  static boolean recorderStarted() {
    return AVAILABLE && JfrEvents.recorderStarted();
  }

  /** Whether a recording wants task creation and completion events. */
  static boolean tasks() {
    return recorderStarted() && JfrEvents.tasksEnabled();
  }

  /** Whether a recording wants callback events; ask only when {@link #recorderStarted()}. */
  static boolean callbacks() {
    return JfrEvents.callbacksEnabled();
  }

  /** Whether a recording wants loop iteration events; ask only when {@link #recorderStarted()}. */
  static boolean iterations() {
    return JfrEvents.iterationsEnabled();
  }

  static void taskCreated(Task<?> task) {
    JfrEvents.taskCreated(task.name(), String.valueOf(task.coro().name()));
  }

  static void taskFinished(Task<?> task, String outcome) {
    JfrEvents.taskFinished(task.name(), outcome);
  }

  /** Starts timing a callback; null when callback events are off. */
  static Object callbackStarted() {
    return JfrEvents.callbackStarted();
  }

  static void callbackEnded(Object timing, Object callback) {
    JfrEvents.callbackEnded(timing, String.valueOf(callback));
  }

  static Object iterationStarted() {
    return JfrEvents.iterationStarted();
  }

  static void iterationEnded(Object timing, int callbacks) {
    JfrEvents.iterationEnded(timing, callbacks);
  }
}
