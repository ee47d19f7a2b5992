package dev.stepwise.processor.lint;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The JDK calls that block the calling thread until something else happens, and what a coroutine
 * does instead. A call matches when it is one of these methods or overrides one, so a user's own
 * method named {@code wait} or {@code get} never does.
 */
enum BlockingCall {
  THREAD_SLEEP("java.lang.Thread", Set.of("sleep"), "use await(Aio.sleep(seconds))"),
  THREAD_JOIN("java.lang.Thread", Set.of("join"), "wait for it off the loop: await(Aio.toThread(...))"),
  OBJECT_WAIT("java.lang.Object", Set.of("wait"), "use dev.stepwise.aio.Condition or dev.stepwise.aio.Event"),
  STAGE_JOIN("java.util.concurrent.CompletableFuture", Set.of("join", "get"), "await the future itself: await(future)"),
  FUTURE_GET("java.util.concurrent.Future", Set.of("get"), "wait for it off the loop: await(Aio.toThread(() -> future.get()))"),
  LOCK("java.util.concurrent.locks.Lock", Set.of("lock", "lockInterruptibly", "tryLock:2"),
      "use dev.stepwise.aio.Lock (Async.with(lock), or await(lock.acquire()) and lock.release())"),
  QUEUE("java.util.concurrent.BlockingQueue", Set.of("take", "put", "poll:2", "offer:3"), "use dev.stepwise.aio.Queue"),
  LATCH("java.util.concurrent.CountDownLatch", Set.of("await"), "use dev.stepwise.aio.Event"),
  BARRIER("java.util.concurrent.CyclicBarrier", Set.of("await"), "use dev.stepwise.aio.Event or a dev.stepwise.aio.TaskGroup"),
  SEMAPHORE("java.util.concurrent.Semaphore", Set.of("acquire", "acquireUninterruptibly", "tryAcquire:2", "tryAcquire:3"),
      "use dev.stepwise.aio.Semaphore"),
  EXECUTOR("java.util.concurrent.ExecutorService", Set.of("awaitTermination", "invokeAll", "invokeAny"),
      "wait for it off the loop: await(Aio.toThread(...))"),
  PROCESS("java.lang.Process", Set.of("waitFor"), "start it with Aio.createSubprocessExec(...) and await(process.waitFor())"),
  INPUT_STREAM("java.io.InputStream", Set.of("read", "readAllBytes", "readNBytes", "transferTo"),
      "read on the loop with Aio.openConnection's StreamReader, or off the loop: await(Aio.toThread(...))"),
  READER("java.io.Reader", Set.of("read", "transferTo"),
      "read on the loop with Aio.openConnection's StreamReader, or off the loop: await(Aio.toThread(...))"),
  BUFFERED_READER("java.io.BufferedReader", Set.of("readLine"),
      "read lines on the loop with a StreamReader (for (String line : Async.iter(reader))), or off the loop: await(Aio.toThread(...))"),
  SERVER_SOCKET("java.net.ServerSocket", Set.of("accept"), "serve on the loop: Aio.startServer(...)"),
  SOCKET("java.net.Socket", Set.of("connect"), "connect on the loop: await(Aio.openConnection(host, port))");

  private final String owner;
  /** Method names, a name with ":n" matching only the overloads of n parameters. */
  private final Set<String> methods;
  private final String fix;

  BlockingCall(String owner, Set<String> methods, String fix) {
    this.owner = owner;
    this.methods = methods;
    this.fix = fix;
  }

  /** What to do instead, as the diagnostic says it. */
  String fix() {
    return fix;
  }

  /** The blocking call {@code called} is, or null. */
  static BlockingCall of(ExecutableElement called, Elements elements) {
    if (!(called.getEnclosingElement() instanceof TypeElement)) {
      return null;
    }
    TypeElement calledOwner = (TypeElement) called.getEnclosingElement();
    for (BlockingCall b : values()) {
      for (ExecutableElement m : b.listed(elements, called)) {
        if (m.equals(called) || elements.overrides(called, m, calledOwner)) {
          return b;
        }
      }
    }
    return null;
  }

  /** This entry's methods with the name and arity of {@code called}. */
  private List<ExecutableElement> listed(Elements elements, ExecutableElement called) {
    String name = called.getSimpleName().toString();
    int arity = called.getParameters().size();
    if (!methods.contains(name) && !methods.contains(name + ":" + arity)) {
      return List.of();
    }
    TypeElement type = elements.getTypeElement(owner);
    if (type == null) {
      return List.of();
    }
    List<ExecutableElement> out = new java.util.ArrayList<>();
    for (Element e : ElementFilter.methodsIn(type.getEnclosedElements())) {
      ExecutableElement m = (ExecutableElement) e;
      if (m.getSimpleName().contentEquals(name) && m.getParameters().size() == arity) {
        out.add(m);
      }
    }
    return out;
  }
}
