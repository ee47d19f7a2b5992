package dev.stepwise.aio;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/**
 * The event classes behind {@link LoopEvents}; loaded only when {@code jdk.jfr} is present. The
 * {@code *Enabled()} probes ask one shared instance, so that a disabled event costs no allocation,
 * and are made only once a recorder has started.
 */
final class JfrEvents {
  private JfrEvents() {}

  @Name("dev.stepwise.TaskCreated")
  @Label("Task Created")
  @Category("Stepwise")
  @Description("A task was created on an event loop")
  @Enabled(false)
  @StackTrace(false)
  static final class TaskCreated extends Event {
    @Label("Task")
    String task;

    @Label("Coroutine")
    String coroutine;
  }

  @Name("dev.stepwise.TaskFinished")
  @Label("Task Finished")
  @Category("Stepwise")
  @Description("A task finished: with a result, an exception, or cancelled")
  @Enabled(false)
  @StackTrace(false)
  static final class TaskFinished extends Event {
    @Label("Task")
    String task;

    @Label("Outcome")
    String outcome;
  }

  @Name("dev.stepwise.Callback")
  @Label("Slow Callback")
  @Category("Stepwise")
  @Description("A callback or task step that ran on the loop for at least the threshold, blocking every other task")
  @Enabled(false)
  @StackTrace(false)
  @Threshold("100 ms")
  static final class Callback extends Event {
    @Label("Callback")
    String callback;
  }

  @Name("dev.stepwise.LoopIteration")
  @Label("Loop Iteration")
  @Category("Stepwise")
  @Description("One turn of the event loop: selecting, timers and the callbacks that were ready")
  @Enabled(false)
  @StackTrace(false)
  static final class LoopIteration extends Event {
    @Label("Callbacks")
    int callbacks;
  }

  /** Whether Flight Recorder has started at all in this JVM: until then no event can be enabled. */
  static boolean recorderStarted() {
    return FlightRecorder.isInitialized();
  }

  /** One instance of each event, asked whether a recording enables its type; made once a recorder runs. */
  private static final class Probes {
    static final TaskCreated CREATED = new TaskCreated();
    static final TaskFinished FINISHED = new TaskFinished();
    static final Callback CALLBACK = new Callback();
    static final LoopIteration ITERATION = new LoopIteration();
  }

  static boolean tasksEnabled() {
    return Probes.CREATED.isEnabled() || Probes.FINISHED.isEnabled();
  }

  static boolean callbacksEnabled() {
    return Probes.CALLBACK.isEnabled();
  }

  static boolean iterationsEnabled() {
    return Probes.ITERATION.isEnabled();
  }

  static void taskCreated(String task, String coroutine) {
    TaskCreated e = new TaskCreated();
    e.task = task;
    e.coroutine = coroutine;
    e.commit();
  }

  static void taskFinished(String task, String outcome) {
    TaskFinished e = new TaskFinished();
    e.task = task;
    e.outcome = outcome;
    e.commit();
  }

  static Object callbackStarted() {
    Callback e = new Callback();
    e.begin();
    return e;
  }

  static void callbackEnded(Object timing, String callback) {
    Callback e = (Callback) timing;
    e.end();
    if (e.shouldCommit()) {
      e.callback = callback;
      e.commit();
    }
  }

  static Object iterationStarted() {
    LoopIteration e = new LoopIteration();
    e.begin();
    return e;
  }

  static void iterationEnded(Object timing, int callbacks) {
    LoopIteration e = (LoopIteration) timing;
    e.callbacks = callbacks;
    e.commit();
  }
}
