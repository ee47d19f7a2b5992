/** The annotations that declare Stepwise kinds. */
module dev.stepwise.annotations {
  exports dev.stepwise.annotations;
}
