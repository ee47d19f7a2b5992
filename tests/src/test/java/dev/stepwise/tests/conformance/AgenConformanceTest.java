package dev.stepwise.tests.conformance;

import static dev.stepwise.tests.conformance.Twins.check;
import static dev.stepwise.tests.conformance.Twins.run;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The P0 {@code agen_} cases of PYTHON-SEMANTICS.md section 4 (asynchronous generators, PEP 525):
 * each test is the Java twin of {@code src/test/resources/python/<case>.py}, its generators and
 * drivers the {@code @AsyncGenerator} and {@code @Coroutine} default methods of one interface of
 * this package (the Python program's class), and must print CPython's trace, checked in as
 * {@code <case>.out}, on the generated state machines and on the reference executor alike.
 * {@code Aio.run} plays {@code asyncio.run} with its {@code shutdown_asyncgens()}
 * ({@code EventLoop.shutdownAsyncgens}), so {@code agen_010} is twinned.
 *
 * <p>How Python's names map: {@code __anext__()}, {@code asend}, {@code athrow}, {@code aclose} are
 * {@code anext()}, {@code asend}, {@code athrow}, {@code aclose}; {@code __aiter__()} is
 * {@code aiter()}; {@code async for} is {@code for (T x : Async.iter(ag))};
 * {@code inspect.getasyncgenstate} is {@code state()} (printed by {@link Py#agstate});
 * {@code type(x).__name__} is {@link Py#typeName}; {@code _support.acall} is
 * {@link AgenSupport#acall}.
 */
class AgenConformanceTest {

  @Test
  void agen_001_async_for_basic() throws Exception {
    check("agen_001_async_for_basic", t -> run(AsyncForBasicSteps.INSTANCE.main(t)));
  }

  @Test
  void agen_002_anext_manual_driving() throws Exception {
    check("agen_002_anext_manual_driving", t -> {
      AnextDriving s = AnextDrivingSteps.INSTANCE;
      AsyncGen<Object, Object, Void> ag = s.gen(t);
      Coro<Object> nx = ag.anext();
      t.print("__anext__() made a", Py.typeName(nx), "and ran nothing");
      t.call("send(None)", () -> nx.send(null));
      t.call("send('A')", () -> nx.send("A"));
      t.call("send(None) to the finished awaitable", () -> nx.send(null));
      Coro<Object> nx2 = ag.anext();
      t.call("send(None)", () -> nx2.send(null));
      t.call("send('B')", () -> nx2.send("B"));
      t.call("send('C')", () -> nx2.send("C"));
      Coro<Object> nx3 = ag.anext();
      t.call("send(None)", () -> nx3.send(null));
      Coro<Object> nx4 = ag.anext();
      t.call("send(None) after the end", () -> nx4.send(null));

      AsyncGen<Object, Object, Void> ag2 = s.gen(t);
      Coro<Object> nx5 = ag2.anext();
      t.call("send(None)", () -> nx5.send(null));
      t.call("throw(ValueError) into the awaitable", () -> nx5.throwInto(new Py.ValueError("thrown in")));
      Coro<Object> nx6 = ag2.anext();
      t.call("send(None) after the generator raised", () -> nx6.send(null));
    });
  }

  @Test
  void agen_003_asend() throws Exception {
    check("agen_003_asend", t -> run(AsendSteps.INSTANCE.main(t)));
  }

  @Test
  void agen_004_athrow() throws Exception {
    check("agen_004_athrow", t -> run(AthrowSteps.INSTANCE.main(t)));
  }

  @Test
  void agen_005_aclose_finally_await() throws Exception {
    check("agen_005_aclose_finally_await", t -> run(AcloseFinallySteps.INSTANCE.main(t)));
  }

  @Test
  void agen_006_aclose_ignored_generatorexit() throws Exception {
    check("agen_006_aclose_ignored_generatorexit", t -> run(IgnoredExitSteps.INSTANCE.main(t)));
  }

  @Test
  void agen_007_stop_iterations_in_body() throws Exception {
    check("agen_007_stop_iterations_in_body", t -> run(StopsInBodySteps.INSTANCE.main(t)));
  }

  @Test
  void agen_010_shutdown_asyncgens() throws Exception {
    check("agen_010_shutdown_asyncgens", t -> {
      List<String> events = new ArrayList<>();
      List<AsyncGen<?, ?, ?>> kept = new ArrayList<>();
      run(ShutdownSteps.INSTANCE.main(t, events, kept));
      int cut = events.indexOf("leftover task cancelled") + 1;
      t.print("in order:", new ArrayList<Object>(events.subList(0, cut)));
      t.print("then, sorted:", Py.sorted(events.subList(cut, events.size())));
    });
  }
}
