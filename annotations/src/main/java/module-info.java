/**
 * Stepwise's annotations: {@code @Generator}, {@code @Coroutine} and {@code @AsyncGenerator} mark
 * the interfaces and default methods the processor turns into state machines. Needed only while
 * compiling ({@code requires static dev.stepwise.annotations;}).
 */
module dev.stepwise.annotations {
  exports dev.stepwise.annotations;
}
