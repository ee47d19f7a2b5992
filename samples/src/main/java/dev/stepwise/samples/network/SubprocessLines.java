package dev.stepwise.samples.network;

import static dev.stepwise.Async.await;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Subprocess;
import dev.stepwise.aio.Subprocess.Redirect;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.util.List;

/**
 * Child processes on the loop: output read line by line while another task keeps running, an exit
 * code, and a child fed through its stdin. The children are small {@code /bin/sh} programs.
 */
@Coroutine
public interface SubprocessLines {
  String COUNT_LINES = "for i in 1 2 3 4 5; do echo \"line $i\"; sleep 0.05; done";
  String UPPERCASE = "tr a-z A-Z";

  /** Python's {@code ticker(ticks)}: counts until cancelled. */
  default Coro<Void> ticker(int[] ticks) {
    while (true) {
      await(Aio.sleep(0.01));
      ticks[0]++; // printing here would interleave differently on every run
    }
  }

  /** Python's {@code read_lines()}. */
  default Coro<Void> readLines() {
    int[] ticks = {0};
    Task<Void> tickTask = Aio.createTask(ticker(ticks));
    Subprocess proc = await(Aio.createSubprocessExec(new Subprocess.Options().stdout(Redirect.PIPE),
        "/bin/sh", "-c", COUNT_LINES));
    while (true) {
      byte[] line = await(proc.stdout().readline());
      if (line.length == 0) {
        break;
      }
      System.out.println("got: " + new String(line, UTF_8).stripTrailing());
    }
    int returncode = await(proc.waitFor());
    tickTask.cancel();
    System.out.println("ticks > 0: " + (ticks[0] > 0 ? "True" : "False"));
    System.out.println("returncode: " + returncode);
    return Coro.done();
  }

  /** Python's {@code exit_code()}. */
  default Coro<Void> exitCode() {
    Subprocess proc = await(Aio.createSubprocessExec("/bin/sh", "-c", "exit 3"));
    await(proc.waitFor());
    System.out.println("returncode: " + proc.returncode());
    return Coro.done();
  }

  /** Python's {@code uppercase()}. */
  default Coro<Void> uppercase() {
    Subprocess proc = await(Aio.createSubprocessExec(
        new Subprocess.Options().stdin(Redirect.PIPE).stdout(Redirect.PIPE), "/bin/sh", "-c", UPPERCASE));
    for (String line : List.of("hello, child\n", "bye now\n")) {
      System.out.println("send: " + line.stripTrailing());
      proc.stdin().write(line.getBytes(UTF_8));
    }
    await(proc.stdin().drain());
    proc.stdin().close();
    byte[] output = await(proc.stdout().read());
    for (String line : new String(output, UTF_8).split("\n")) {
      System.out.println("got: " + line);
    }
    int returncode = await(proc.waitFor());
    System.out.println("returncode: " + returncode);
    return Coro.done();
  }

  /** Python's {@code main()}. */
  default Coro<Void> main() {
    await(readLines());
    await(exitCode());
    await(uppercase());
    return Coro.done();
  }
}
