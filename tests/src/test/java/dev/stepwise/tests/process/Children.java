package dev.stepwise.tests.process;

import static dev.stepwise.Async.await;
import static dev.stepwise.aio.Subprocess.Redirect.DEVNULL;
import static dev.stepwise.aio.Subprocess.Redirect.PIPE;
import static dev.stepwise.aio.Subprocess.Redirect.STDOUT;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Subprocess;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Child processes driven from coroutines; each scenario returns what it observed. */
@Coroutine
public interface Children {
  Subprocess.Options OUT = new Subprocess.Options().stdout(PIPE);
  Subprocess.Options ALL = new Subprocess.Options().stdin(PIPE).stdout(PIPE).stderr(PIPE);

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  /**
   * Counts every 10 ms until cancelled; when {@code wanted[0]} is set, tells the child to go on
   * (a line on its stdin) and clears it.
   */
  default Coro<Void> ticker(int[] ticks, boolean[] wanted, Subprocess child) {
    while (true) {
      await(Aio.sleep(0.01));
      ticks[0]++;
      if (wanted[0]) {
        wanted[0] = false;
        child.stdin().write(ascii("go\n"));
      }
    }
  }

  /**
   * Reads the lines of a child that prints the next line only once it is told to on its stdin,
   * and only the ticker task tells it: each readline can finish only if the ticker ran on the same
   * loop while readline waited. Returns "line@ticks" for each line, then "exit=N".
   */
  default Coro<List<String>> linesWhileTicking() {
    Subprocess p = await(Aio.createSubprocessShell(OUT.stdin(PIPE),
        "for i in 1 2 3 4 5; do echo line$i; read go; done"));
    int[] ticks = {0};
    boolean[] wanted = {false};
    Task<Void> tick = Aio.createTask(ticker(ticks, wanted, p));
    List<String> seen = new ArrayList<>();
    while (true) {
      byte[] line = await(p.stdout().readline());
      if (line.length == 0) {
        break;
      }
      seen.add(text(line).strip() + "@" + ticks[0]);
      wanted[0] = true;
    }
    Integer code = await(p.waitFor());
    seen.add("exit=" + code);
    tick.cancel();
    return Coro.done(seen);
  }

  /** The exit status from waitFor, and returncode() afterwards. */
  default Coro<List<Integer>> exitStatus(String command) {
    Subprocess p = await(Aio.createSubprocessShell(command));
    Integer before = p.returncode();
    Integer code = await(p.waitFor());
    List<Integer> r = new ArrayList<>();
    r.add(before);
    r.add(code);
    r.add(p.returncode());
    return Coro.done(r);
  }

  /** Writes lines to tr's stdin, closes it with writeEof, reads everything back. */
  default Coro<String> upperCase(List<String> lines) {
    Subprocess p = await(Aio.createSubprocessExec(OUT.stdin(PIPE), "tr", "a-z", "A-Z"));
    for (String line : lines) {
      p.stdin().write(ascii(line + "\n"));
      await(p.stdin().drain());
    }
    p.stdin().writeEof();
    byte[] all = await(p.stdout().read());
    Integer code = await(p.waitFor());
    return Coro.done(text(all) + "exit=" + code);
  }

  /** Sends {@code size} bytes through cat, writing and draining in 64 KiB pieces while a reader task counts. */
  default Coro<Long> throughCat(int size) {
    Subprocess p = await(Aio.createSubprocessExec(OUT.stdin(PIPE), "cat"));
    Task<Long> counter = Aio.createTask(countAll(p));
    byte[] piece = new byte[64 * 1024];
    for (int off = 0; off < size; off += piece.length) {
      p.stdin().write(piece, 0, Math.min(piece.length, size - off));
      await(p.stdin().drain());
    }
    p.stdin().close();
    await(p.stdin().waitClosed());
    Long total = await(counter);
    await(p.waitFor());
    return Coro.done(total);
  }

  default Coro<Long> countAll(Subprocess p) {
    long total = 0;
    while (true) {
      byte[] chunk = await(p.stdout().read(64 * 1024));
      if (chunk.length == 0) {
        break;
      }
      total += chunk.length;
    }
    return Coro.done(total);
  }

  /** communicate(input) with all three pipes. */
  default Coro<List<String>> communicate(String command, String input) {
    Subprocess p = await(Aio.createSubprocessShell(ALL, command));
    Subprocess.Output out = await(p.communicate(input == null ? null : ascii(input)));
    List<String> r = new ArrayList<>();
    r.add(out.stdoutText());
    r.add(out.stderrText());
    r.add("exit=" + p.returncode());
    return Coro.done(r);
  }

  /** What awaiting the start of a missing program raises. */
  default Coro<Throwable> missingProgram() {
    try {
      await(Aio.createSubprocessExec("stepwise-no-such-program-4711", "x"));
    } catch (UncheckedIOException e) {
      return Coro.done(e);
    }
    return Coro.done(null);
  }

  /** Starts sleep 30, signals it, returns [returncode after wait, what a later kill() raised]. */
  default Coro<List<Object>> signalSleeper(String how) {
    Subprocess p = await(Aio.createSubprocessExec("sleep", "30"));
    if (how.equals("kill")) {
      p.kill();
    } else if (how.equals("terminate")) {
      p.terminate();
    } else {
      p.sendSignal(how);
    }
    Integer code = await(p.waitFor());
    List<Object> r = new ArrayList<>();
    r.add(code);
    try {
      p.kill();
      r.add("no error");
    } catch (IllegalStateException e) {
      r.add(e.getMessage());
    }
    return Coro.done(r);
  }

  /**
   * A child that exits without reading (all of) stdin: writing more than the high-water mark and draining
   * raises the write error at the drain; a second drain raises it again.
   */
  default Coro<List<Throwable>> brokenStdin(String command, boolean waitForExitFirst) {
    Subprocess p = await(Aio.createSubprocessShell(new Subprocess.Options().stdin(PIPE), command));
    if (waitForExitFirst) {
      await(p.waitFor());
    }
    List<Throwable> seen = new ArrayList<>();
    p.stdin().write(new byte[1 << 20]);
    try {
      await(p.stdin().drain());
    } catch (UncheckedIOException e) {
      seen.add(e);
    }
    try {
      await(p.stdin().drain());
    } catch (UncheckedIOException e) {
      seen.add(e);
    }
    return Coro.done(seen);
  }

  /** stderr merged into stdout, stdin from the null device. */
  default Coro<String> merged() {
    Subprocess p = await(Aio.createSubprocessShell(
        new Subprocess.Options().stdin(DEVNULL).stdout(PIPE).stderr(STDOUT), "echo out; echo err >&2; cat"));
    byte[] all = await(p.stdout().read());
    await(p.waitFor());
    return Coro.done(text(all) + (p.stdin() == null) + "," + (p.stderr() == null));
  }

  /** The working directory and the environment the child sees. */
  default Coro<String> cwdAndEnv(Path dir) {
    Subprocess p = await(Aio.createSubprocessExec(OUT.cwd(dir).env(Map.of("STEPWISE_X", "42")),
        "/bin/sh", "-c", "pwd; echo \"$STEPWISE_X\"; echo \"[$HOME]\""));
    byte[] all = await(p.stdout().read());
    await(p.waitFor());
    return Coro.done(text(all));
  }

  /** A child with inherited streams has no stream objects. */
  default Coro<String> inherited() {
    Subprocess p = await(Aio.createSubprocessExec(new Subprocess.Options().stdin(DEVNULL).stdout(DEVNULL).stderr(DEVNULL), "true"));
    Integer code = await(p.waitFor());
    return Coro.done(p.stdin() + "," + p.stdout() + "," + p.stderr() + "," + code);
  }

  /** Many children at once, each echoing its number; returns the sum of what they printed. */
  default Coro<Integer> many(int n) {
    List<Task<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tasks.add(Aio.createTask(echoNumber(i)));
    }
    int sum = 0;
    for (Task<Integer> t : tasks) {
      Integer v = await(t);
      sum += v;
    }
    return Coro.done(sum);
  }

  default Coro<Integer> echoNumber(int i) {
    Subprocess p = await(Aio.createSubprocessExec(OUT, "/bin/sh", "-c", "echo $0", String.valueOf(i)));
    Subprocess.Output out = await(p.communicate());
    return Coro.done(Integer.parseInt(out.stdoutText().strip()));
  }

  /** Cancelling a wait (by a timeout) leaves the child alone; a later wait gets its status. */
  default Coro<List<Object>> cancelledWait() {
    Subprocess p = await(Aio.createSubprocessExec("sleep", "30"));
    List<Object> r = new ArrayList<>();
    try {
      await(Aio.waitFor(p.waitFor(), 0.01));
    } catch (dev.stepwise.aio.TimeoutError e) {
      r.add("timed out");
    }
    r.add(p.returncode());
    p.kill();
    Integer code = await(p.waitFor());
    r.add(code);
    return Coro.done(r);
  }

  /**
   * A child that starts reading its stdin only once {@code go} exists: a write of 1 MiB stays
   * buffered, and drain waits until the child has taken all but the low-water mark. Returns
   * [buffered after the write, buffered after the drain, whether the drain was still waiting 50 ms
   * in (1) or not (0), the low and high marks].
   */
  default Coro<long[]> drainWaitsForASlowChild(Path go) {
    Subprocess p = await(Aio.createSubprocessExec(new Subprocess.Options().stdin(PIPE).stdout(DEVNULL),
        "/bin/sh", "-c", "while [ ! -e \"$0\" ]; do sleep 0.01; done; cat", go.toString()));
    p.stdin().write(new byte[1 << 20]);
    long afterWrite = p.stdin().writeBufferSize();
    Task<Void> draining = Aio.createTask(p.stdin().drain());
    await(Aio.sleep(0.05));
    long stillWaiting = draining.done() ? 0 : 1;
    try {
      java.nio.file.Files.createFile(go);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    await(draining);
    long afterDrain = p.stdin().writeBufferSize();
    int[] marks = p.stdin().writeBufferLimits();
    p.stdin().close();
    await(p.stdin().waitClosed());
    await(p.waitFor());
    return Coro.done(new long[] {afterWrite, afterDrain, stillWaiting, marks[0], marks[1]});
  }
}
