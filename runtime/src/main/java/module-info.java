/**
 * Stepwise's runtime: generators, coroutines and async generators ({@code dev.stepwise}) and the
 * event loop with asyncio's toolkit ({@code dev.stepwise.aio}).
 *
 * <p>{@code dev.stepwise.internal} is exported because the code the processor generates in the
 * user's module extends its frames; it is not an API for users and changes without notice.
 */
module dev.stepwise.runtime {
  exports dev.stepwise;
  exports dev.stepwise.aio;
  exports dev.stepwise.internal;

  // sun.misc.Signal, for EventLoop.addSignalHandler (used through reflection).
  requires jdk.unsupported;
  // The loop's Flight Recorder events, when the image has it.
  requires static jdk.jfr;
}
