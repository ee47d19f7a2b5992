package dev.stepwise.tests.agen;

import dev.stepwise.Gen;
import dev.stepwise.Yield;
import dev.stepwise.annotations.Generator;
import java.util.List;

@Generator
public interface SyncGens {
  default Gen<String, String, String> pair(List<String> log) {
    String a = Yield.value("sync-1");
    log.add("sync got " + a);
    return Gen.done("sync-result");
  }
}
