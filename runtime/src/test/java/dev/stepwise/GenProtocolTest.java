package dev.stepwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.internal.ReferenceGen;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parts of the {@link Gen} protocol that Python has no counterpart for ({@code hasNext},
 * {@code stream}, {@code Iterable}, the Java exception types) or that the Python traces do not
 * show directly. Bodies run on the reference executor.
 */
class GenProtocolTest {

  private static Gen<Object, Object, Object> gen(Callable<Gen<Object, Object, Object>> body) {
    return new ReferenceGen<>("Test.gen", body);
  }

  /** Yields 1, 2, 3, logging each step and the finally, and returns "r". */
  private static Gen<Object, Object, Object> counting(List<String> log) {
    return gen(() -> {
      try {
        for (int i = 1; i <= 3; i++) {
          log.add("yield " + i);
          Yield.value(i);
        }
      } finally {
        log.add("finally");
      }
      return Gen.done("r");
    });
  }

  @Test
  void hasNextRunsTheBodyToTheNextYieldOnceAndKeepsTheValue() {
    List<String> log = new ArrayList<>();
    Gen<Object, Object, Object> g = counting(log);
    assertTrue(g.hasNext());
    assertEquals(List.of("yield 1"), log);
    assertTrue(g.hasNext(), "a kept value is not replaced");
    assertEquals(List.of("yield 1"), log);
    assertEquals(GenState.SUSPENDED, g.state());
    assertEquals(1, g.next());
    assertEquals(List.of("yield 1"), log, "next() hands out the kept value without resuming");
    assertEquals(2, g.next());
    assertEquals(3, g.next());
    assertFalse(g.hasNext());
    assertEquals(List.of("yield 1", "yield 2", "yield 3", "finally"), log);
    assertEquals(GenState.CLOSED, g.state());
    assertEquals("r", g.returnValue());
    assertFalse(g.hasNext());
    assertNull(assertThrows(StopIteration.class, g::next).value(),
        "hasNext() took the ending; later next() calls carry no value, as in Python");
  }

  @Test
  void hasNextKeepsANullValue() {
    Gen<Object, Object, Object> g = gen(() -> {
      Yield.value(null);
      return Gen.done();
    });
    assertTrue(g.hasNext());
    assertNull(g.next());
    assertFalse(g.hasNext());
  }

  @Test
  void sendAndThrowIntoAreRefusedWhileHasNextKeepsAValue() {
    List<String> log = new ArrayList<>();
    Gen<Object, Object, Object> g = counting(log);
    assertTrue(g.hasNext());
    IllegalStateException send = assertThrows(IllegalStateException.class, () -> g.send(null));
    assertEquals("send() after hasNext() fetched a value that next() has not taken yet", send.getMessage());
    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> g.throwInto(new ArithmeticException()));
    assertEquals("throwInto() after hasNext() fetched a value that next() has not taken yet",
        thrown.getMessage());
    assertEquals(List.of("yield 1"), log, "neither resumed the body");
    assertEquals(1, g.next(), "the kept value is still there");
    assertEquals(2, g.send(null), "with nothing kept, send works again");
    g.close();
  }

  @Test
  void closeAfterHasNextDiscardsTheKeptValueAndCloses() {
    List<String> log = new ArrayList<>();
    Gen<Object, Object, Object> g = counting(log);
    assertTrue(g.hasNext());
    g.close();
    assertEquals(List.of("yield 1", "finally"), log);
    assertEquals(GenState.CLOSED, g.state());
    assertFalse(g.hasNext());
    assertThrows(StopIteration.class, g::next);
  }

  @Test
  void streamYieldsTheRemainingValuesAndClosingItClosesTheGenerator() {
    List<String> log = new ArrayList<>();
    Gen<Object, Object, Object> g = counting(log);
    try (Stream<Object> s = g.stream()) {
      assertEquals(List.of(1, 2), s.limit(2).collect(Collectors.toList()));
      assertEquals(GenState.SUSPENDED, g.state());
      assertFalse(log.contains("finally"));
    }
    assertEquals(GenState.CLOSED, g.state());
    assertEquals("finally", log.get(log.size() - 1), "closing the stream ran the finally block");

    Gen<Object, Object, Object> h = counting(new ArrayList<>());
    h.next();
    assertEquals(List.of(2, 3), h.stream().collect(Collectors.toList()), "the remaining values");

    Gen<Object, Object, Object> nulls = gen(() -> {
      Yield.value(null);
      Yield.value("x");
      return Gen.done();
    });
    assertEquals(Arrays.asList(null, "x"), nulls.stream().collect(Collectors.toList()));
  }

  @Test
  void aGeneratorIsAOneShotIterable() {
    Gen<Object, Object, Object> g = counting(new ArrayList<>());
    assertSame(g, g.iterator());
    List<Object> first = new ArrayList<>();
    for (Object o : g) {
      first.add(o);
    }
    List<Object> second = new ArrayList<>();
    for (Object o : g) {
      second.add(o);
    }
    assertEquals(List.of(1, 2, 3), first);
    assertEquals(List.of(), second);
  }

  @Test
  void stateTransitions() {
    AtomicReference<Gen<Object, Object, Object>> self = new AtomicReference<>();
    List<GenState> inside = new ArrayList<>();
    Gen<Object, Object, Object> g = gen(() -> {
      inside.add(self.get().state());
      Yield.value(1);
      inside.add(self.get().state());
      return Gen.done();
    });
    self.set(g);
    assertEquals(GenState.CREATED, g.state());
    g.next();
    assertEquals(GenState.SUSPENDED, g.state());
    assertThrows(StopIteration.class, g::next);
    assertEquals(GenState.CLOSED, g.state());
    assertEquals(List.of(GenState.RUNNING, GenState.RUNNING), inside);

    Gen<Object, Object, Object> raising = gen(() -> {
      throw new ArithmeticException();
    });
    assertThrows(ArithmeticException.class, raising::next);
    assertEquals(GenState.CLOSED, raising.state());

    Gen<Object, Object, Object> rejected = counting(new ArrayList<>());
    assertThrows(IllegalArgumentException.class, () -> rejected.send("x"));
    assertEquals(GenState.CREATED, rejected.state(), "a refused send does not start it");
  }

  @Test
  void yieldFromIsTheDelegateWhileDelegating() {
    Gen<Object, Object, Object> sub = counting(new ArrayList<>());
    List<Integer> list = List.of(7, 8);
    Iterator<Integer> iterator = List.of(9).iterator();
    Gen<Object, Object, Object> g = gen(() -> {
      Yield.from(sub);
      Yield.from(list);
      Yield.from(iterator);
      Yield.value("own");
      return Gen.done();
    });
    assertNull(g.yieldFrom());
    assertEquals(1, g.next());
    assertSame(sub, g.yieldFrom());
    g.next();
    g.next();
    assertEquals(7, g.next());
    Object target = g.yieldFrom();
    assertInstanceOf(Iterator.class, target, "an iterable's iterator, like Python's list_iterator");
    assertNotSame(list, target);
    g.next();
    assertEquals(9, g.next());
    assertSame(iterator, g.yieldFrom());
    assertEquals("own", g.next());
    assertNull(g.yieldFrom());
    g.close();
    assertNull(g.yieldFrom());
  }

  @Test
  void returnValue() {
    Gen<Object, Object, Object> g = counting(new ArrayList<>());
    assertNull(g.returnValue());
    g.next();
    assertNull(g.returnValue());
    assertEquals(List.of(2, 3), List.of(g.next(), g.next()));
    assertEquals("r", assertThrows(StopIteration.class, g::next).value());
    assertEquals("r", g.returnValue());
    assertNull(assertThrows(StopIteration.class, g::next).value(), "Python: None once finished");
    assertEquals("r", g.returnValue(), "the value the body returned is kept");

    Gen<Object, Object, Object> raising = gen(() -> {
      Yield.value(1);
      throw new ArithmeticException();
    });
    raising.next();
    assertThrows(ArithmeticException.class, raising::next);
    assertNull(raising.returnValue(), "finished by raising");
  }

  @Test
  void toStringNamesTheGenerator() {
    assertEquals("<generator object Test.gen>", counting(new ArrayList<>()).toString());
  }

  @Test
  void aNoSuchElementExceptionFromTheBodyIsNotPep479() {
    NoSuchElementException empty = new NoSuchElementException("empty");
    Gen<Object, Object, Object> g = gen(() -> {
      Yield.value(1);
      List.of().iterator().next();
      throw empty;
    });
    g.next();
    NoSuchElementException e = assertThrows(NoSuchElementException.class, g::next);
    assertFalse(e instanceof StopIteration);
    assertNotSame(empty, e, "the one List's iterator threw");
    assertEquals(GenState.CLOSED, g.state());

    Gen<Object, Object, Object> h = gen(() -> {
      throw empty;
    });
    assertSame(empty, assertThrows(NoSuchElementException.class, h::next), "unchanged, not wrapped");
  }

  @Test
  void aCheckedExceptionFromTheBodyPropagatesUnchanged() {
    IOException io = new IOException("disk");
    Gen<Object, Object, Object> g = gen(() -> {
      Yield.value(1);
      throw io;
    });
    g.next();
    Throwable thrown = assertThrows(IOException.class, g::next);
    assertSame(io, thrown);
    assertEquals(GenState.CLOSED, g.state());

    Gen<Object, Object, Object> h = gen(() -> {
      try {
        Yield.value(1);
      } catch (Exception e) {
        Yield.value("caught " + e.getMessage());
      }
      return Gen.done();
    });
    h.next();
    assertEquals("caught disk", h.throwInto(io), "a checked exception thrown in reaches the body");
    h.close();
  }

  @Test
  void genDoneUsedDirectly() {
    Gen<Object, Object, Object> done = Gen.done("v");
    assertEquals(GenState.CREATED, done.state());
    assertEquals("Gen.done", done.name());
    assertEquals("v", assertThrows(StopIteration.class, done::next).value());
    assertEquals(GenState.CLOSED, done.state());
    assertEquals("v", done.returnValue());
    assertFalse(Gen.done().hasNext());
    assertNull(assertThrows(StopIteration.class, () -> Gen.done().next()).value());
  }

  @Test
  void genDoneThroughYieldFrom() {
    Gen<Object, Object, Object> g = gen(() -> {
      Object v = Yield.from(Gen.done("v"));
      Yield.value("got " + v);
      return Gen.done();
    });
    assertEquals("got v", g.next());
    g.close();
  }

  @Test
  void aNonIterableYieldFromOperandIsRaisedInTheBody() {
    Gen<Object, Object, Object> g = gen(() -> {
      try {
        ReferenceGen.current().yieldFrom(42);
      } catch (IllegalArgumentException e) {
        Yield.value(e.getMessage());
      }
      try {
        ReferenceGen.current().yieldFrom(null);
      } catch (NullPointerException e) {
        Yield.value(e.getMessage());
      }
      return Gen.done();
    });
    assertEquals("Yield.from: 'java.lang.Integer' object is not iterable", g.next());
    assertEquals("Yield.from(null): the operand must be a Gen, an Iterator or an Iterable", g.next());
    g.close();
  }

  @Test
  void throwIntoNullIsRefused() {
    Gen<Object, Object, Object> g = counting(new ArrayList<>());
    g.next();
    assertThrows(NullPointerException.class, () -> g.throwInto(null));
    assertEquals(GenState.SUSPENDED, g.state());
    g.close();
  }
}
