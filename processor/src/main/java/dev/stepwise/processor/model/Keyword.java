package dev.stepwise.processor.model;

/** The runtime calls the processor gives meaning to: step keywords and completion markers. */
public enum Keyword {
  YIELD_VALUE("dev.stepwise.Yield", "value", "Yield.value", true),
  YIELD_FROM("dev.stepwise.Yield", "from", "Yield.from", true),
  AWAIT("dev.stepwise.Async", "await", "await", true),
  ASYNC_ITER("dev.stepwise.Async", "iter", "Async.iter", true),
  ASYNC_WITH("dev.stepwise.Async", "with", "Async.with", true),
  GEN_DONE("dev.stepwise.Gen", "done", "Gen.done", false),
  CORO_DONE("dev.stepwise.Coro", "done", "Coro.done", false),
  ASYNC_GEN_DONE("dev.stepwise.AsyncGen", "done", "AsyncGen.done", false);

  private final String owner;
  private final String method;
  private final String display;
  private final boolean suspends;

  Keyword(String owner, String method, String display, boolean suspends) {
    this.owner = owner;
    this.method = method;
    this.display = display;
    this.suspends = suspends;
  }

  /** Qualified name of the declaring runtime class. */
  public String owner() {
    return owner;
  }

  /** Method name. */
  public String method() {
    return method;
  }

  /** How messages name it, e.g. {@code Yield.value}. */
  public String display() {
    return display;
  }

  /** Whether it is a suspension point (as opposed to a completion marker). */
  public boolean suspends() {
    return suspends;
  }

  /** Whether a body of {@code kind} may use it. */
  public boolean allowedIn(Kind kind) {
    switch (this) {
      case YIELD_VALUE:
      case YIELD_FROM:
        return kind != Kind.COROUTINE;
      case AWAIT:
      case ASYNC_ITER:
      case ASYNC_WITH:
        return kind != Kind.GENERATOR;
      default:
        return true;
    }
  }

  /** Looks up the keyword for an owner class and method name, or null. */
  public static Keyword of(String owner, String method) {
    for (Keyword k : values()) {
      if (k.owner.equals(owner) && k.method.equals(method)) {
        return k;
      }
    }
    return null;
  }
}
