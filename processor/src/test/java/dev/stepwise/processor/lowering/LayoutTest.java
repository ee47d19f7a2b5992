package dev.stepwise.processor.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.processor.analysis.LocalVar;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Layout: states from labels, dead code after abrupt operations, fall-through, hoisting. */
class LayoutTest {

  @Test
  void consecutiveLabelsShareOneStateAndDeadCodeIsDropped() {
    Listing l = new Listing();
    Label a = l.newLabel();
    Label b = l.newLabel();
    Label c = l.newLabel();
    l.mark(a);
    l.mark(b);
    l.code("first();", Set.of(), 1);
    l.jump(c);
    l.code("dead();", Set.of(), 2);
    l.mark(c);
    l.code("last();", Set.of(), 3);
    Layout layout = new Layout(l, List.of());
    assertEquals(0, a.state());
    assertEquals(0, b.state());
    assertEquals(1, c.state());
    assertEquals(2, layout.states().size());
    List<Op> first = layout.states().get(0).ops();
    assertEquals(2, first.size(), "the code after the jump is unreachable and dropped");
    assertEquals("$state = 1; continue $dispatch;", layout.resolve(first.get(1).text()));
    assertFalse(layout.states().get(0).fallsThrough());
    assertEquals(3, layout.states().get(1).line());
  }

  @Test
  void aStateThatDoesNotEndAbruptlyFallsIntoTheNext() {
    Listing l = new Listing();
    Label next = l.newLabel();
    l.code("a();", Set.of(), 1);
    l.mark(next);
    l.abrupt("return $RETURN;", Set.of(), 2);
    Layout layout = new Layout(l, List.of());
    assertTrue(layout.states().get(0).fallsThrough());
    assertFalse(layout.states().get(1).fallsThrough());
  }

  @Test
  void aVariableUsedInTwoStatesIsHoistedAndOneUsedInOneIsNot() {
    LocalVar kept = LocalVar.synthetic("kept", null);
    LocalVar local = LocalVar.synthetic("local", null);
    Listing l = new Listing();
    Label resume = l.newLabel();
    l.declare(kept, "1", Set.of(), 1);
    l.declare(local, "2", Set.of(), 1);
    l.abrupt("$yielded = local; $state = " + resume.ref() + "; return $YIELD;", Set.of(local), 2);
    l.mark(resume);
    l.code("use(kept);", Set.of(kept), 3);
    Layout layout = new Layout(l, List.of(kept, local));
    assertTrue(layout.isHoisted(kept));
    assertFalse(layout.isHoisted(local));
  }

  @Test
  void aJumpToALabelNeverMarkedIsAnInternalError() {
    Listing l = new Listing();
    Label nowhere = l.newLabel();
    l.jump(nowhere);
    Layout layout = new Layout(l, List.of());
    assertThrows(IllegalStateException.class, () -> layout.resolve(layout.states().get(0).ops().get(0).text()));
  }
}
