package dev.stepwise.tests.shadow;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

/** G5: a java.lang type (Math) shadowed by a same-package class, in hoisted locals and calls. */
@Generator
public interface Shadowing {
  default Gen<Integer, Integer, Integer> sameNameAsJavaLang(List<String> log) {
    Math m = new Math(Math.max(10, 20));
    Integer got = Yield.value(m.plus(1));
    int plus = m.plus(got == null ? 0 : got); // a call on an object must be typed to be kept (StepwiseUntypedSpill)
    int r = plus + Math.max(Yield.<Integer>value(java.lang.Math.max(3, 4)), 100);
    log.add("r=" + r);
    return Gen.done(r);
  }
}
