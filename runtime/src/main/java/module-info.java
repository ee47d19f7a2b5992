/**
 * Stepwise's runtime: the user-facing types and step keywords ({@code dev.stepwise}) and the
 * frames that generated code extends ({@code dev.stepwise.internal}, not for users).
 */
module dev.stepwise.runtime {
  exports dev.stepwise;
  exports dev.stepwise.aio;
  exports dev.stepwise.internal;
}
