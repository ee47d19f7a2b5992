package dev.stepwise.aio;

import dev.stepwise.Awaitable;
import dev.stepwise.Coro;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child process started by {@link Aio#createSubprocessExec} or {@link Aio#createSubprocessShell},
 * with its pipes as streams on the loop. Python's {@code asyncio.subprocess.Process}.
 *
 * <p>Nothing blocks the loop: the JDK's process pipes only block, so each piped stream has a
 * daemon thread named {@code stepwise-subprocess-<pid>-stdin}, {@code -stdout} or {@code -stderr}
 * that moves bytes between the pipe and the loop (see {@link StreamReader} for how a slow reader
 * stops the flow: memory stays bounded, the child waits on a full pipe). Each thread ends with its
 * pipe. The exit is observed through {@link Process#onExit()}.
 *
 * <p>{@link #returncode()} follows Python where the JDK allows: the exit status, or {@code -N} for
 * a process this object killed with signal {@code N}. The JDK reports a process killed by signal
 * {@code N} as exit status {@code 128 + N} (as a shell's {@code $?} does), which cannot be told
 * apart from {@code exit(128 + N)}; so {@code -N} is reported only when this object sent signal
 * {@code N} (through {@link #sendSignal}, {@link #terminate} or {@link #kill}) and the JDK then
 * reported {@code 128 + N}. A process killed by someone else reports {@code 128 + N}.
 *
 * <p>Its methods must be called on the loop's thread. Closing the loop does not kill the child.
 */
public final class Subprocess {
  private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
  /** The errno in the JDK's message: "error=2, No such ..." (JDK 17), "error: 2 (No such ...)" (JDK 25). */
  private static final Pattern ERRNO = Pattern.compile("error(?:=(\\d+), (.*)|: (\\d+) \\((.*)\\))");

  /**
   * Where a standard stream of the child goes. Python's {@code subprocess.PIPE}, {@code None}
   * (inherit), {@code subprocess.DEVNULL} and {@code subprocess.STDOUT}.
   */
  public enum Redirect {
    /** A pipe to this process: a {@link StreamWriter} for stdin, a {@link StreamReader} otherwise. */
    PIPE,
    /** The child uses this process's stream (Python's default, {@code None}). */
    INHERIT,
    /** The null device: stdin is empty, output is discarded. */
    DEVNULL,
    /** Only for stderr: it goes wherever stdout goes. */
    STDOUT
  }

  /**
   * What {@link #communicate} returns: everything the child wrote. Python's
   * {@code (stdout_data, stderr_data)} tuple. Arrays compare by identity, as arrays do.
   *
   * @param stdout the child's stdout, or null if it was not piped
   * @param stderr the child's stderr, or null if it was not piped
   */
  public record Output(byte[] stdout, byte[] stderr) {
    /**
     * The stdout bytes decoded as UTF-8.
     *
     * @return the text, or null if stdout was not piped
     */
    public String stdoutText() {
      return stdout == null ? null : new String(stdout, StandardCharsets.UTF_8);
    }

    /**
     * The stderr bytes decoded as UTF-8.
     *
     * @return the text, or null if stderr was not piped
     */
    public String stderrText() {
      return stderr == null ? null : new String(stderr, StandardCharsets.UTF_8);
    }
  }

  /**
   * How to start a child: the three redirections (each {@link Redirect#INHERIT} by default, as in
   * Python), the working directory, the environment and the readers' limit. The keyword arguments
   * of Python's {@code create_subprocess_exec}. Immutable: each method returns a changed copy.
   *
   * <pre>{@code
   * Subprocess.Options pipes = new Subprocess.Options().stdin(PIPE).stdout(PIPE).stderr(STDOUT);
   * }</pre>
   */
  public static final class Options {
    private final Redirect stdin;
    private final Redirect stdout;
    private final Redirect stderr;
    private final Path cwd;
    private final Map<String, String> env;
    private final int limit;

    /** Everything inherited, this process's directory and environment, the 64 KiB limit. */
    public Options() {
      this(Redirect.INHERIT, Redirect.INHERIT, Redirect.INHERIT, null, null, StreamReader.DEFAULT_LIMIT);
    }

    private Options(Redirect stdin, Redirect stdout, Redirect stderr, Path cwd, Map<String, String> env, int limit) {
      this.stdin = stdin;
      this.stdout = stdout;
      this.stderr = stderr;
      this.cwd = cwd;
      this.env = env;
      this.limit = limit;
    }

    /**
     * Where the child's stdin comes from. Python's {@code stdin=}.
     *
     * @param r {@link Redirect#PIPE}, {@link Redirect#INHERIT} or {@link Redirect#DEVNULL}
     * @return a copy with it
     * @throws IllegalArgumentException for {@link Redirect#STDOUT}
     */
    public Options stdin(Redirect r) {
      return new Options(check(r, "stdin"), stdout, stderr, cwd, env, limit);
    }

    /**
     * Where the child's stdout goes. Python's {@code stdout=}.
     *
     * @param r {@link Redirect#PIPE}, {@link Redirect#INHERIT} or {@link Redirect#DEVNULL}
     * @return a copy with it
     * @throws IllegalArgumentException for {@link Redirect#STDOUT}
     */
    public Options stdout(Redirect r) {
      return new Options(stdin, check(r, "stdout"), stderr, cwd, env, limit);
    }

    /**
     * Where the child's stderr goes. Python's {@code stderr=}.
     *
     * @param r any {@link Redirect}; {@link Redirect#STDOUT} merges it into stdout
     * @return a copy with it
     */
    public Options stderr(Redirect r) {
      return new Options(stdin, stdout, Objects.requireNonNull(r, "stderr"), cwd, env, limit);
    }

    /**
     * The child's working directory. Python's {@code cwd=}.
     *
     * @param dir the directory; null for this process's
     * @return a copy with it
     */
    public Options cwd(Path dir) {
      return new Options(stdin, stdout, stderr, dir, env, limit);
    }

    /**
     * The child's whole environment (not added to this process's). Python's {@code env=}.
     *
     * @param environment the variables, copied; null for this process's environment
     * @return a copy with it
     * @throws NullPointerException if a name or value is null
     */
    public Options env(Map<String, String> environment) {
      return new Options(stdin, stdout, stderr, cwd, environment == null ? null : Map.copyOf(environment), limit);
    }

    /**
     * The limit of the stdout and stderr readers. Python's {@code limit=}.
     *
     * @param bytes the limit, positive (default {@link StreamReader#DEFAULT_LIMIT})
     * @return a copy with it
     * @throws IllegalArgumentException {@code "Limit cannot be <= 0"}
     */
    public Options limit(int bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("Limit cannot be <= 0");
      }
      return new Options(stdin, stdout, stderr, cwd, env, bytes);
    }

    private static Redirect check(Redirect r, String stream) {
      if (Objects.requireNonNull(r, stream) == Redirect.STDOUT) {
        throw new IllegalArgumentException("STDOUT can only be used for stderr, not " + stream);
      }
      return r;
    }

    @Override
    public String toString() {
      return "Options[stdin=" + stdin + ", stdout=" + stdout + ", stderr=" + stderr + ", cwd=" + cwd
          + ", env=" + (env == null ? "inherited" : env.size() + " variables") + ", limit=" + limit + "]";
    }
  }

  private final EventLoop loop;
  private final Process process;
  private final long pid;
  private final StreamWriter stdin;
  private final StreamReader stdout;
  private final StreamReader stderr;
  private final PipeWriteTransport stdinTransport;
  private final PipeReadPump stdoutPump;
  private final PipeReadPump stderrPump;
  private final List<Future<Integer>> exitWaiters = new ArrayList<>();
  private final Set<Integer> signalsSent = new HashSet<>();
  private Integer returncode;

  private Subprocess(EventLoop loop, Process process, Options options) {
    this.loop = loop;
    this.process = process;
    this.pid = process.pid();
    String base = "stepwise-subprocess-" + pid + "-";
    if (options.stdin == Redirect.PIPE) {
      StreamProtocol protocol = new StreamProtocol(loop, null);
      StreamReader errors = new StreamReader();
      stdinTransport = new PipeWriteTransport(loop, process.getOutputStream(), protocol, errors, base + "stdin");
      stdin = new StreamWriter(stdinTransport, protocol, errors);
    } else {
      stdinTransport = null;
      stdin = null;
    }
    if (options.stdout == Redirect.PIPE) {
      stdout = new StreamReader(options.limit);
      stdoutPump = new PipeReadPump(loop, process.getInputStream(), new StreamProtocol(loop, stdout), base + "stdout");
      stdoutPump.start();
    } else {
      stdout = null;
      stdoutPump = null;
    }
    if (options.stderr == Redirect.PIPE) {
      stderr = new StreamReader(options.limit);
      stderrPump = new PipeReadPump(loop, process.getErrorStream(), new StreamProtocol(loop, stderr), base + "stderr");
      stderrPump.start();
    } else {
      stderr = null;
      stderrPump = null;
    }
    loop.outsideWorkStarted(); // until exited() runs
    process.onExit().whenComplete((p, error) -> {
      if (stdinTransport != null) {
        stdinTransport.processExited();
      }
      try {
        loop.callSoonThreadsafe(this::exited);
      } catch (IllegalStateException closed) {
        // The loop was closed first: nobody can wait for the exit any more.
      }
    });
  }

  /** The body of {@code create_subprocess_exec}/{@code _shell}: starts the child on the running loop. */
  static Coro<Subprocess> create(String name, Options options, List<String> argv) {
    Objects.requireNonNull(options, "options");
    for (String a : argv) {
      Objects.requireNonNull(a, "an argument is null");
    }
    return LibraryCoro.of(name, () -> start(EventLoop.running(), options, argv));
  }

  /** The argument vector of a shell command: {@code /bin/sh -c} on Unix, {@code cmd /c} on Windows. */
  static List<String> shell(String command) {
    Objects.requireNonNull(command, "command");
    return WINDOWS ? List.of("cmd", "/c", command) : List.of("/bin/sh", "-c", command);
  }

  private static Subprocess start(EventLoop loop, Options o, List<String> argv) {
    ProcessBuilder pb = new ProcessBuilder(argv);
    pb.redirectInput(o.stdin == Redirect.PIPE ? ProcessBuilder.Redirect.PIPE
        : o.stdin == Redirect.DEVNULL ? ProcessBuilder.Redirect.from(new File(WINDOWS ? "NUL" : "/dev/null"))
        : ProcessBuilder.Redirect.INHERIT);
    pb.redirectOutput(output(o.stdout));
    if (o.stderr == Redirect.STDOUT) {
      pb.redirectErrorStream(true);
    } else {
      pb.redirectError(output(o.stderr));
    }
    if (o.cwd != null) {
      pb.directory(o.cwd.toFile());
    }
    if (o.env != null) {
      Map<String, String> env = pb.environment();
      env.clear();
      env.putAll(o.env);
    }
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw startFailure(argv.get(0), e);
    }
    return new Subprocess(loop, p, o);
  }

  private static ProcessBuilder.Redirect output(Redirect r) {
    switch (r) {
      case PIPE:
        return ProcessBuilder.Redirect.PIPE;
      case DEVNULL:
        return ProcessBuilder.Redirect.DISCARD;
      default:
        return ProcessBuilder.Redirect.INHERIT;
    }
  }

  /** Python's {@code FileNotFoundError: [Errno 2] No such file or directory: 'prog'}, keeping the cause. */
  private static UncheckedIOException startFailure(String program, IOException e) {
    String detail = e.getMessage();
    Matcher m = ERRNO.matcher(String.valueOf(detail));
    if (m.find()) {
      String errno = m.group(1) != null ? m.group(1) : m.group(3);
      String text = (m.group(1) != null ? m.group(2) : m.group(4)).strip();
      detail = "[Errno " + errno + "] " + text + ": '" + program + "'";
    }
    return new UncheckedIOException(detail, e);
  }

  /**
   * The child's process id. Python's {@code pid}.
   *
   * @return the pid
   */
  public long pid() {
    return pid;
  }

  /**
   * The exit status once the loop has seen the child exit, else null. Python's
   * {@code returncode}: {@code -N} if this object killed it with signal {@code N} (see the class
   * comment for what the JDK can tell).
   *
   * @return the status, or null while running
   */
  public Integer returncode() {
    return returncode;
  }

  /**
   * The writer of the child's stdin. Python's {@code stdin}.
   *
   * @return it, or null unless stdin is {@link Redirect#PIPE}
   */
  public StreamWriter stdin() {
    return stdin;
  }

  /**
   * The reader of the child's stdout. Python's {@code stdout}.
   *
   * @return it, or null unless stdout is {@link Redirect#PIPE}
   */
  public StreamReader stdout() {
    return stdout;
  }

  /**
   * The reader of the child's stderr. Python's {@code stderr}.
   *
   * @return it, or null unless stderr is {@link Redirect#PIPE}
   */
  public StreamReader stderr() {
    return stderr;
  }

  /**
   * Waits for the child to exit and produces its {@link #returncode()}. Python's {@code wait()}
   * ({@code Object.wait()} takes that name in Java; {@link Process#waitFor()} is the JDK's name for
   * the same). As in Python 3.11 it returns once the process has exited, possibly before its pipes
   * are read to the end: read them, or use {@link #communicate}, to get all the output. Cancelling
   * the wait does not touch the child.
   *
   * <p>As Python warns, a child that writes more to a pipe than the reader's buffer takes blocks
   * until someone reads: awaiting this without reading can then wait forever.
   *
   * @return a coroutine of the exit status
   */
  public Coro<Integer> waitFor() {
    return new LibraryCoro<Integer>("Process.wait") {
      private Future<Integer> waiter;

      @Override
      protected int $resume(Throwable injected) throws Throwable {
        if ($state == 0) {
          if (injected != null) {
            throw injected;
          }
          if (returncode != null) {
            return ret(returncode);
          }
          waiter = loop.createFuture();
          exitWaiters.add(waiter);
          return await(waiter, 1);
        }
        exitWaiters.remove(waiter);
        if (injected != null) {
          throw injected;
        }
        return ret(sent());
      }
    };
  }

  /**
   * Sends {@code input} to stdin and closes it, reads stdout and stderr to their end, and waits
   * for the child to exit. Python's {@code communicate(input)}. A child that exits without reading
   * its input is no error (a broken pipe on stdin is ignored, as in Python).
   *
   * @param input the bytes for stdin, or null to send nothing; ignored unless stdin is piped
   * @return a coroutine of the output; a stream that is not piped gives null
   */
  public Coro<Output> communicate(byte[] input) {
    return new LibraryCoro<Output>("Process.communicate") {
      private byte[] out;
      private byte[] err;

      @Override
      protected int $resume(Throwable injected) throws Throwable {
        if (injected != null) {
          throw injected;
        }
        switch ($state) {
          case 0:
            Awaitable<?> feeding = stdin != null ? feedStdin(input) : noop();
            Awaitable<?> reading = stdout != null ? readStream(stdout, stdoutPump) : noop();
            Awaitable<?> readingErr = stderr != null ? readStream(stderr, stderrPump) : noop();
            return await(Aio.gather(feeding, reading, readingErr), 1);
          case 1:
            List<?> results = (List<?>) sent();
            out = (byte[]) results.get(1);
            err = (byte[]) results.get(2);
            return await(waitFor(), 2);
          default:
            return ret(new Output(out, err));
        }
      }
    };
  }

  /**
   * {@link #communicate(byte[])} with no input. Python's {@code communicate()}.
   *
   * @return a coroutine of the output
   */
  public Coro<Output> communicate() {
    return communicate(null);
  }

  /** Python's {@code _feed_stdin}: write, drain, close; a broken pipe is not an error here. */
  private Coro<Void> feedStdin(byte[] input) {
    return new LibraryCoro<Void>("Process._feed_stdin") {
      @Override
      protected int $resume(Throwable injected) throws Throwable {
        if ($state == 0) {
          if (injected != null) {
            throw injected;
          }
          if (input != null && !stdin.isClosing()) {
            stdin.write(input);
            return await(stdin.drain(), 1);
          }
        } else if (injected != null && !(injected instanceof UncheckedIOException)) {
          throw injected;
        }
        stdin.close();
        return ret(null);
      }
    };
  }

  /** Python's {@code _read_stream}: read to the end, then close the pipe. */
  private static Coro<byte[]> readStream(StreamReader reader, PipeReadPump pump) {
    return LibraryCoro.then("Process._read_stream", reader::read, data -> {
      pump.close();
      return data;
    });
  }

  private static Coro<Object> noop() {
    return LibraryCoro.of("Process._noop", () -> null);
  }

  /**
   * Sends a signal to the child. Python's {@code send_signal(sig)}. {@code "TERM"} and
   * {@code "KILL"} go through {@link ProcessHandle#destroy()} and
   * {@link ProcessHandle#destroyForcibly()} (on Windows both terminate the process). On Unix the
   * others ({@code HUP, INT, QUIT, ABRT, USR1, USR2, ALRM}) are sent with {@code kill -s} run by
   * {@code /bin/sh}, which this method waits for (milliseconds on the loop's thread). Once the child
   * has exited it does nothing while a pipe is still open, as Python's {@code Popen} does.
   *
   * @param signal the name, with or without {@code SIG}, any case: {@code "TERM"}, {@code "SIGINT"}
   * @throws IllegalArgumentException for an unknown signal name
   * @throws UnsupportedOperationException for a signal other than TERM and KILL on Windows
   * @throws IllegalStateException "ProcessLookupError: process N has exited" once the child has
   *     exited and every pipe is closed (Python's {@code ProcessLookupError})
   * @throws UncheckedIOException if {@code kill} could not be run or failed
   */
  public void sendSignal(String signal) {
    String name = SignalHandlers.canonicalName(signal);
    int number = signalNumber(name);
    if (number < 0) {
      throw new IllegalArgumentException("invalid signal: " + signal);
    }
    if (returncode != null) {
      if (pipesClosed()) {
        throw new IllegalStateException("ProcessLookupError: process " + pid + " has exited");
      }
      return;
    }
    if (!process.isAlive()) {
      return; // exited; the loop has not heard yet
    }
    if (name.equals("TERM") || name.equals("KILL")) {
      signalsSent.add(number);
      if (name.equals("KILL")) {
        process.toHandle().destroyForcibly();
      } else {
        process.toHandle().destroy();
      }
      return;
    }
    if (WINDOWS) {
      throw new UnsupportedOperationException("SIG" + name + " cannot be sent on Windows: only TERM and KILL");
    }
    signalsSent.add(number);
    runKill(name);
  }

  /**
   * Asks the child to stop: SIGTERM on Unix. Python's {@code terminate()}.
   *
   * @throws IllegalStateException once the child has exited and every pipe is closed
   */
  public void terminate() {
    sendSignal("TERM");
  }

  /**
   * Kills the child: SIGKILL on Unix. Python's {@code kill()}. Its {@link #returncode()} is then
   * {@code -9} on Unix.
   *
   * @throws IllegalStateException once the child has exited and every pipe is closed
   */
  public void kill() {
    sendSignal("KILL");
  }

  @Override
  public String toString() {
    return "<Subprocess " + pid + (returncode == null ? "" : " returncode=" + returncode) + ">";
  }

  /** The stdout pump, for tests that bound the reader's memory; null if stdout is not piped. */
  PipeReadPump stdoutPump() {
    return stdoutPump;
  }

  private void exited() {
    if (returncode != null) {
      return;
    }
    loop.outsideWorkEnded();
    int code = process.exitValue();
    if (!WINDOWS && code > 128 && signalsSent.contains(code - 128)) {
      code = -(code - 128);
    }
    returncode = code;
    for (Future<Integer> w : new ArrayList<>(exitWaiters)) {
      if (!w.done()) {
        w.complete(code);
      }
    }
    exitWaiters.clear();
  }

  private boolean pipesClosed() {
    return (stdinTransport == null || stdinTransport.isConnectionLost())
        && (stdoutPump == null || stdoutPump.isConnectionLost())
        && (stderrPump == null || stderrPump.isConnectionLost());
  }

  private void runKill(String name) {
    ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", "kill -s " + name + " " + pid)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectErrorStream(true);
    try {
      Process k = pb.start();
      if (!k.waitFor(5, TimeUnit.SECONDS)) {
        k.destroyForcibly();
        throw new UncheckedIOException("kill -s " + name + " " + pid + " did not finish", new IOException("timed out"));
      }
      if (k.exitValue() != 0) {
        throw new UncheckedIOException("kill -s " + name + " " + pid + " failed with status " + k.exitValue(),
            new IOException("kill exited with " + k.exitValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run kill: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException("interrupted while sending SIG" + name, new java.io.InterruptedIOException());
    }
  }

  /** The Unix number of a signal this class can send, or -1. */
  private static int signalNumber(String name) {
    boolean linux = System.getProperty("os.name", "").startsWith("Linux");
    switch (name) {
      case "HUP":
        return 1;
      case "INT":
        return 2;
      case "QUIT":
        return 3;
      case "ABRT":
        return 6;
      case "KILL":
        return 9;
      case "USR1":
        return linux ? 10 : 30;
      case "USR2":
        return linux ? 12 : 31;
      case "ALRM":
        return 14;
      case "TERM":
        return 15;
      default:
        return -1;
    }
  }
}
