/**
 * Stepwise's runtime: the user-facing types and step keywords ({@code dev.stepwise}) and the
 * frames that generated code extends ({@code dev.stepwise.internal}, not for users).
 */
module dev.stepwise.runtime {
  // sun.misc.Signal, for EventLoop.addSignalHandler (called through reflection: javac warns about
  // any direct use); required so that the module is resolved when the application runs as modules.
  requires jdk.unsupported;
  exports dev.stepwise;
  exports dev.stepwise.aio;
  exports dev.stepwise.internal;
}
