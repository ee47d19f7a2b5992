/** A user's program as a named module: Stepwise's runtime at run time, its annotations only to compile. */
module dev.stepwise.samples.jpms {
  requires dev.stepwise.runtime;
  requires static dev.stepwise.annotations;
}
