package dev.stepwise.aio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ExceptionGroup}: Python's {@code ExceptionGroup} as far as TaskGroup needs it. */
class ExceptionGroupTest {
  private final IllegalStateException a = new IllegalStateException("a");
  private final IllegalArgumentException b = new IllegalArgumentException("b");

  @Test
  void theMessageCountsTheSubExceptionsLikePythonsStr() {
    assertEquals("errors (1 sub-exception)", new ExceptionGroup("errors", List.of(a)).getMessage());
    ExceptionGroup two = new ExceptionGroup("errors", List.of(a, b));
    assertEquals("errors (2 sub-exceptions)", two.getMessage());
    assertEquals("errors", two.message());
    assertEquals(List.of(a, b), two.exceptions());
    assertArrayEquals(new Throwable[] {a, b}, two.getSuppressed(), "printed stack traces show every one");
    assertThrows(UnsupportedOperationException.class, () -> two.exceptions().add(a));
  }

  @Test
  void anEmptyGroupIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ExceptionGroup("x", List.of()));
    assertEquals("second argument (exceptions) must be a non-empty sequence", e.getMessage());
  }

  @Test
  void subgroupKeepsTheMatchingExceptionsAndTheNesting() {
    ExceptionGroup nested = new ExceptionGroup("inner", List.of(b, a));
    ExceptionGroup outer = new ExceptionGroup("outer", List.of(a, nested));
    ExceptionGroup states = outer.subgroup(IllegalStateException.class);
    assertEquals(List.of(a), List.of(states.exceptions().get(0)));
    assertEquals("inner", ((ExceptionGroup) states.exceptions().get(1)).message());
    assertEquals(List.of(a), ((ExceptionGroup) states.exceptions().get(1)).exceptions());
    assertSame(outer, outer.subgroup(RuntimeException.class), "everything matches: the group itself");
    assertNull(outer.subgroup(UnsupportedOperationException.class));
    assertSame(outer, outer.subgroup(ExceptionGroup.class));
  }
}
