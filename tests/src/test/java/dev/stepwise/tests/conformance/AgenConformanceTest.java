package dev.stepwise.tests.conformance;

import static dev.stepwise.tests.conformance.Twins.check;
import static dev.stepwise.tests.conformance.Twins.checkStateMachines;
import static dev.stepwise.tests.conformance.Twins.run;

import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The {@code agen_} cases of PYTHON-SEMANTICS.md section 4 (asynchronous generators, PEP 525/530)
 * and Stepwise's own {@code agen_101}: each test is the Java twin of
 * {@code src/test/resources/python/<case>.py}, its generators and drivers the {@code @AsyncGenerator}
 * and {@code @Coroutine} default methods of one interface of this package (the Python program's
 * class), and must print CPython's trace, checked in as {@code <case>.out}, on the generated state
 * machines and on the reference executor alike; {@code agen_015}, whose {@code contextlib.aclosing}
 * is {@code Async.with}, on the state machines only (the reference executor does not support it).
 * {@code Aio.run} plays {@code asyncio.run} with its {@code shutdown_asyncgens()}
 * ({@code EventLoop.shutdownAsyncgens}): {@code agen_010} and {@code agen_017} are twinned.
 *
 * <p>How Python's names map: {@code __anext__()}, {@code asend}, {@code athrow}, {@code aclose} are
 * {@code anext()}, {@code asend}, {@code athrow}, {@code aclose}; {@code __aiter__()} is
 * {@code aiter()}; {@code async for} is {@code for (T x : Async.iter(ag))};
 * {@code inspect.getasyncgenstate}/{@code ag_running}/{@code ag_await} are {@code state()} (printed
 * by {@link Py#agstate}), {@link Py#running(dev.stepwise.AsyncGen)} and {@code awaiting()};
 * {@code type(x).__name__} is {@link Py#typeName}; {@code _support.acall} is
 * {@link AgenSupport#acall}. Stepwise has no counterparts of the builtins {@code aiter()} and
 * {@code anext(it[, default])} nor of {@code contextlib.aclosing}: {@code agen_012} and
 * {@code agen_015} define them as small helpers ({@link AnextBuiltin#anext(Object, Object)},
 * {@link BreakNoClose.Aclosing}; an {@code AsyncGen} is not {@code AutoCloseable}, so
 * {@code Async.with} binds a holder of the generator, not the generator itself).
 *
 * <p>Reduced or untwinned, with the reason. {@code agen_011_gc_finalizer_hook} has no twin: it
 * shows CPython's {@code sys.set_asyncgen_hooks} hooks, {@code loop._asyncgens} and a generator
 * collected by refcounting at {@code del}; Stepwise has no hooks API (its loop registers a
 * generator on the first operation internally) and finalizes a dropped generator through a
 * {@code java.lang.ref.Cleaner} whenever the garbage collector gets to it, so no trace of it can be
 * deterministic. {@code agen_013}: Java has no comprehensions, so the twin writes each list, set
 * and dict comprehension as the {@code async for} loop it stands for and the async generator
 * expression as an async generator. {@code agen_014} leaves out {@code ag_frame} and the
 * {@code inspect} predicates, and awaits a coroutine of its own where the other programs await
 * {@code asyncio.sleep}: Stepwise's {@code Aio.sleep} is an awaitable but not a coroutine object,
 * so {@code awaiting()} would not be a "coroutine".
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
  void agen_008_reuse_awaitable() throws Exception {
    check("agen_008_reuse_awaitable", t -> run(ReuseAwaitableSteps.INSTANCE.main(t)));
  }

  @Test
  void agen_009_concurrent_anext() throws Exception {
    check("agen_009_concurrent_anext", t -> run(ConcurrentAnextSteps.INSTANCE.main(t)));
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

  @Test
  void agen_012_anext_builtin_default() throws Exception {
    check("agen_012_anext_builtin_default", t -> run(AnextBuiltinSteps.INSTANCE.main(t)));
  }

  @Test
  void agen_013_async_comprehensions() throws Exception {
    check("agen_013_async_comprehensions", t -> run(ComprehensionsSteps.INSTANCE.main(t)));
  }

  @Test
  void agen_014_attributes_and_states() throws Exception {
    check("agen_014_attributes_and_states", t -> run(AgenStatesSteps.INSTANCE.main(t)));
  }

  @Test
  void agen_015_break_does_not_close() throws Exception {
    checkStateMachines("agen_015_break_does_not_close", t -> run(BreakNoCloseSteps.INSTANCE.main(t)));
  }

  @Test
  void agen_016_yield_inside_await_ordering() throws Exception {
    check("agen_016_yield_inside_await_ordering", t -> run(IntactSteps.INSTANCE.main(t)));
  }

  @Test
  void agen_017_shutdown_asyncgens_error() throws Exception {
    check("agen_017_shutdown_asyncgens_error", t -> {
      List<String> events = new ArrayList<>();
      List<AsyncGen<Integer, Object, Void>> kept = run(ShutdownErrorSteps.INSTANCE.main(t, events));
      t.print("run ->", kept.stream().map(Py::typeName).collect(Collectors.toList()));
      t.print(Py.sorted(events));
    });
  }

  @Test
  void agen_101_closed_and_running_operations() throws Exception {
    check("agen_101_closed_and_running_operations", t -> run(ClosedOperationsSteps.INSTANCE.main(t)));
  }
}
