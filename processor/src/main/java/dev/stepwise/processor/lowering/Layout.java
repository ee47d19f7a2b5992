package dev.stepwise.processor.lowering;

import dev.stepwise.processor.analysis.LocalVar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a listing into numbered states: every marked label starts a state (consecutive labels share
 * one), operations after an abrupt one are dead and dropped, and a state that falls into the next
 * sets {@code $state} so that the state always names the running region. Then decides which
 * managed variables must be fields: those used in more than one state.
 */
public final class Layout {
  private static final Pattern LABEL_REF = Pattern.compile(Label.MARKER + "L(\\d+)" + Label.MARKER);

  /** One state of the machine: its operations and whether control falls into the next one. */
  public static final class State {
    final int number;
    final List<Op> ops = new ArrayList<>();
    boolean terminated;
    boolean fallsThrough;
    /** When the state is where a suspension point resumes: that point's source line; else -1. */
    int suspendedAt = -1;

    State(int number) {
      this.number = number;
    }

    public int number() {
      return number;
    }

    public List<Op> ops() {
      return ops;
    }

    /** Whether the state ends by falling into the next state. */
    public boolean fallsThrough() {
      return fallsThrough;
    }

    /**
     * The source line of the suspension point this state resumes from, or -1 when control does not
     * enter it from a suspension: where a frame suspended here is waiting.
     */
    public int suspendedAt() {
      return suspendedAt;
    }

    /** The first source line of the state, or -1. */
    public int line() {
      for (Op op : ops) {
        if (op.line() >= 0) {
          return op.line();
        }
      }
      return -1;
    }
  }

  private final List<State> states = new ArrayList<>();
  private final Map<Integer, Label> labelsById = new HashMap<>();
  private final Set<LocalVar> hoisted = new HashSet<>();
  private final Set<LocalVar> crossing = new HashSet<>();

  public Layout(Listing listing, List<LocalVar> variables) {
    State current = new State(0);
    states.add(current);
    for (Op op : listing.ops()) {
      if (op.kind() == Op.Kind.MARK) {
        labelsById.put(op.label().id(), op.label());
        if (current.ops.isEmpty() && !current.terminated) {
          op.label().setState(current.number);
          continue;
        }
        current.fallsThrough = !current.terminated;
        Op last = current.ops.isEmpty() ? null : current.ops.get(current.ops.size() - 1);
        current = new State(states.size());
        if (last != null && last.suspends()) {
          current.suspendedAt = last.line();
        }
        states.add(current);
        op.label().setState(current.number);
        continue;
      }
      if (current.terminated) {
        continue;
      }
      current.ops.add(op);
      current.terminated = op.abrupt();
    }
    Map<LocalVar, Set<Integer>> uses = new HashMap<>();
    for (State s : states) {
      for (Op op : s.ops) {
        for (LocalVar v : op.references()) {
          uses.computeIfAbsent(v, k -> new HashSet<>()).add(s.number);
        }
        if (op.variable() != null) {
          uses.computeIfAbsent(op.variable(), k -> new HashSet<>()).add(s.number);
          for (LocalVar t : op.variable().typeMentions()) {
            uses.computeIfAbsent(t, k -> new HashSet<>()).add(s.number);
          }
        }
      }
    }
    for (Map.Entry<LocalVar, Set<Integer>> e : uses.entrySet()) {
      if (e.getValue().size() > 1) {
        crossing.add(e.getKey());
      }
    }
    for (LocalVar v : variables) {
      if (v.origin() == LocalVar.Origin.PARAMETER || crossing.contains(v)) {
        hoisted.add(v);
      }
    }
  }

  public List<State> states() {
    return states;
  }

  /** Whether a managed variable must live in a field. */
  public boolean isHoisted(LocalVar v) {
    return hoisted.contains(v);
  }

  /** Variables (managed or pattern bindings) and local types used in more than one state. */
  public Set<LocalVar> crossing() {
    return crossing;
  }

  /** Replaces label placeholders in {@code text} by state numbers. */
  public String resolve(String text) {
    Matcher m = LABEL_REF.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      Label l = labelsById.get(Integer.parseInt(m.group(1)));
      if (l == null) {
        throw new IllegalStateException("jump to label " + m.group(1) + ", which was never marked");
      }
      m.appendReplacement(sb, String.valueOf(l.state()));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
