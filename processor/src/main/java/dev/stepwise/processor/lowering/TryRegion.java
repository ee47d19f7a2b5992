package dev.stepwise.processor.lowering;

import dev.stepwise.processor.analysis.LocalVar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exploded {@code try}: the label ranges of its parts and what the exception handler does for
 * each. States in {@code [tryStart, catchStart)} run the try block, {@code [catchStart,
 * finallyStart)} its catch blocks; the finally block belongs to the enclosing regions.
 *
 * <p>A region with a finally block owns a pending-completion slot: {@code pend} says how the
 * finally block must end (0 fall out, 1 rethrow {@code pendException}, 2 return, 3.. one code per
 * jump target that crosses it), so break, continue and return pass through every finally between
 * them and their target.
 */
public final class TryRegion {
  /** A catch clause: the exception types it tests, its parameter and where its block starts. */
  public static final class Catch {
    final List<String> types;
    final LocalVar parameter;
    final Label entry;

    Catch(List<String> types, LocalVar parameter, Label entry) {
      this.types = types;
      this.parameter = parameter;
      this.entry = entry;
    }

    public List<String> types() {
      return types;
    }

    public LocalVar parameter() {
      return parameter;
    }

    public Label entry() {
      return entry;
    }
  }

  static final int NORMAL = 0;
  static final int THROW = 1;
  static final int RETURN = 2;

  final int depth;
  final Label tryStart;
  Label catchStart;
  Label finallyStart;
  final List<Catch> catches = new ArrayList<>();
  final boolean hasFinally;
  String pendSlot;
  String pendExceptionSlot;
  /** Jump codes (3..) to the target label and the finally depth of that target. */
  final Map<Integer, Jump> jumps = new LinkedHashMap<>();

  /** A jump target crossing this region's finally block. */
  static final class Jump {
    final Label target;
    final int targetFinallyDepth;
    final boolean isReturn;

    Jump(Label target, int targetFinallyDepth, boolean isReturn) {
      this.target = target;
      this.targetFinallyDepth = targetFinallyDepth;
      this.isReturn = isReturn;
    }
  }

  TryRegion(int depth, Label tryStart, boolean hasFinally) {
    this.depth = depth;
    this.tryStart = tryStart;
    this.hasFinally = hasFinally;
  }

  /** The code for a jump to {@code target}, allocating one when it is new. */
  int codeFor(Label target, int targetFinallyDepth, boolean isReturn) {
    if (isReturn) {
      return RETURN;
    }
    for (Map.Entry<Integer, Jump> e : jumps.entrySet()) {
      if (e.getValue().target == target) {
        return e.getKey();
      }
    }
    int code = 3 + jumps.size();
    jumps.put(code, new Jump(target, targetFinallyDepth, false));
    return code;
  }

  public int depth() {
    return depth;
  }

  public Label tryStart() {
    return tryStart;
  }

  public Label catchStart() {
    return catchStart;
  }

  public Label finallyStart() {
    return finallyStart;
  }

  public List<Catch> catches() {
    return catches;
  }

  public boolean hasFinally() {
    return hasFinally;
  }

  public String pendSlot() {
    return pendSlot;
  }

  public String pendExceptionSlot() {
    return pendExceptionSlot;
  }
}
