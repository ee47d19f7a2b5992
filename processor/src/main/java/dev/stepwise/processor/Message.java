package dev.stepwise.processor;

/**
 * Every diagnostic the processor can report: a stable tag and a message worded as the rule plus
 * the fix (Python's words where Python has them). Tests, documentation and users grep for the tag.
 */
public enum Message {
  AWAIT_OUTSIDE_COROUTINE("StepwiseAwaitOutsideCoroutine",
      "'await' outside coroutine: %s may only be used in a @Coroutine or @AsyncGenerator body"),
  YIELD_INSIDE_COROUTINE("StepwiseYieldInsideCoroutine",
      "'yield' inside coroutine: %s may not be used in a @Coroutine body; use an @AsyncGenerator to yield values"),
  KEYWORD_OUTSIDE_BODY("StepwiseKeywordOutsideBody",
      "%s outside a step body: step keywords may only be used directly in the default method of a @Generator, @Coroutine or @AsyncGenerator interface or method"),
  /** Arguments: the keyword, the construct ("a lambda", "an anonymous class", "local class 'L'"), its noun. */
  KEYWORD_IN_LAMBDA("StepwiseKeywordInLambda",
      "%s inside %s cannot suspend the enclosing body: only the body's own statements can suspend; move the call out of the %s"),
  KEYWORD_REFERENCE("StepwiseKeywordReference",
      "%s used as a method reference cannot suspend anything: a step keyword must be called directly in a step body"),
  KEYWORD_IN_SYNCHRONIZED("StepwiseKeywordInSynchronized",
      "%s inside a synchronized block: cannot suspend while holding a monitor; move it out of the synchronized block"),
  NOT_DEFAULT_METHOD("StepwiseNotDefaultMethod",
      "a @%s method must be a default method of an interface with a body"),
  NOT_INTERFACE("StepwiseNotInterface",
      "@%s applies to interfaces and their default methods; '%s' is not an interface"),
  PRIVATE_INTERFACE("StepwisePrivateInterface",
      "@%s interface '%s' is private, so the generated class %s cannot implement it; make the interface package-private or public"),
  WRONG_RETURN_TYPE("StepwiseWrongReturnType",
      "a @%s method must return %s; '%s' returns %s"),
  NO_ANNOTATED_METHODS("StepwiseNoMethods",
      "@%s interface '%s' has no default method returning %s"),
  RETURN_NOT_DONE("StepwiseReturnNotDone",
      "every return in a %s body must be 'return %s.done(value);' (or 'return %s.done();'); %s"),
  VAR_HOISTED_TYPED("StepwiseVarHoisted",
      "'var' local '%s' lives across a suspension point, so its type must be written: declare it as '%s %s'"),
  VAR_HOISTED("StepwiseVarHoisted",
      "'var' local '%s' lives across a suspension point, so its type must be written: declare it with an explicit type"),
  BINDING_HOISTED("StepwiseBindingHoisted",
      "pattern variable '%s' is used after a suspension point; assign it to a local with an explicit type before suspending"),
  UNTYPED_SPILL("StepwiseUntypedSpill",
      "the value of '%s' must be kept across the suspension point that follows it, and its type cannot be determined during annotation processing; assign it to a local with an explicit type first"),
  PRIVATE_MEMBER("StepwisePrivateMember",
      "private interface method '%s' cannot be called from the generated state machine, which is a separate class; make it a default method, or a static method that is not private"),
  PRIVATE_ENCLOSING_MEMBER("StepwisePrivateMember",
      "'%s' is private in %s, and the generated state machine, a separate top-level class, cannot reach it; make it package-private"),
  SUPER_CALL("StepwiseSuperCall",
      "'%s.super' calls cannot be moved into the generated state machine; call a default method that makes the super call instead"),
  LOCAL_CLASS_CAPTURE("StepwiseLocalClass",
      "local class '%s' is used across a suspension point; move it out of the method body (a nested type of the interface)"),
  UNSUPPORTED("StepwiseUnsupported",
      "%s is not supported yet; %s"),
  STEPS_NAME_TAKEN("StepwiseStepsNameTaken",
      "the class Stepwise generates for '%s' is named %s, and a type of that name already exists in this compilation; rename that type (or the interface)"),
  NO_JAVAC("StepwiseNeedsJavac",
      "Stepwise needs javac's com.sun.source API to read method bodies, and it is not available here (%s); build with javac (Maven or Gradle), or configure the IDE to delegate builds to them"),
  /** Arguments: the method's name, twice. */
  NEVER_AWAITED("StepwiseNeverAwaited",
      "coroutine '%s' is never awaited: the call only creates the coroutine, and its body never runs; await it (await(%s(...))) or schedule it (Aio.createTask(...), Aio.run(...))"),
  /** Arguments: the call ("Thread.sleep"), the body's noun and name, the fix. */
  BLOCKING_CALL("StepwiseBlockingCall",
      "blocking call '%s' inside %s '%s' stops the whole event loop while it waits; %s (processor option -Astepwise.blockingCalls=error|warning|off)"),
  /** Arguments: the call ("Aio.run"), the body's noun and name. */
  NESTED_RUN("StepwiseNestedRun",
      "'%s' cannot be called from a running event loop, and %s '%s' runs on one; await the coroutine instead"),
  /** Arguments: the lock's name, "await" or "yield", the body's noun, the lock's name. */
  LOCK_ACROSS_SUSPENSION("StepwiseLockAcrossAwait",
      "'%s' is held across this %s: while the %s is suspended the loop runs other tasks, and one that takes '%s' blocks the whole loop (or, on the same thread, deadlocks it); use dev.stepwise.aio.Lock, whose waiters await"),
  BAD_OPTION("StepwiseOption",
      "processor option -A%s: %s"),
  INTERNAL("StepwiseInternal",
      "the Stepwise processor failed on this method (%s); please report it with the method body");

  private final String tag;
  private final String template;

  Message(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  /** The stable tag, without brackets. */
  public String tag() {
    return tag;
  }

  /** The rendered message: {@code [Tag] text}. */
  public String format(Object... args) {
    return "[" + tag + "] " + String.format(template, args);
  }
}
