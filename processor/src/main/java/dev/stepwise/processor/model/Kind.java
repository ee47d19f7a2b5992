package dev.stepwise.processor.model;

/** The three kinds of step body, each declared by an annotation and a return type. */
public enum Kind {
  GENERATOR("dev.stepwise.annotations.Generator", "dev.stepwise.Gen", "Gen", "generator"),
  COROUTINE("dev.stepwise.annotations.Coroutine", "dev.stepwise.Coro", "Coro", "coroutine"),
  ASYNC_GENERATOR(
      "dev.stepwise.annotations.AsyncGenerator", "dev.stepwise.AsyncGen", "AsyncGen", "async generator");

  private final String annotation;
  private final String returnType;
  private final String simpleReturnType;
  private final String noun;

  Kind(String annotation, String returnType, String simpleReturnType, String noun) {
    this.annotation = annotation;
    this.returnType = returnType;
    this.simpleReturnType = simpleReturnType;
    this.noun = noun;
  }

  /** The annotation's qualified name. */
  public String annotation() {
    return annotation;
  }

  /** The annotation's simple name, for messages. */
  public String annotationSimpleName() {
    return annotation.substring(annotation.lastIndexOf('.') + 1);
  }

  /** The qualified name of the return type a method of this kind must declare. */
  public String returnType() {
    return returnType;
  }

  /** The simple name of that return type, for messages. */
  public String simpleReturnType() {
    return simpleReturnType;
  }

  /** How to return what another body of this kind returns, as the return diagnostic suggests it. */
  public String forwardingHint() {
    switch (this) {
      case GENERATOR:
        return "to return what another generator returns, write 'return Gen.done(Yield.from(other));'";
      case COROUTINE:
        return "to return what another coroutine returns, write 'return Coro.done(await(other));'";
      default:
        return "to return what another async generator returns, write 'return AsyncGen.done(Yield.from(other));'";
    }
  }

  /** How messages name a body of this kind. */
  public String noun() {
    return noun;
  }
}
