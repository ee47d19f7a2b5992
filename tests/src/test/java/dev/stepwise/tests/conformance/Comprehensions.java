package dev.stepwise.tests.conformance;

import static dev.stepwise.Async.await;

import dev.stepwise.Async;
import dev.stepwise.AsyncGen;
import dev.stepwise.Coro;
import dev.stepwise.Yield;
import dev.stepwise.aio.Aio;
import dev.stepwise.annotations.AsyncGenerator;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * agen_013: PEP 530's comprehensions, each written as the async for loop it stands for (Java has
 * no comprehensions); the async generator expression as an async generator.
 */
@AsyncGenerator
@Coroutine
public interface Comprehensions {
  default AsyncGen<Integer, Object, Void> numbers(Trace t, int n) {
    for (int i = 0; i < n; i++) {
      await(Aio.sleep(0));
      t.print("numbers yields", i);
      Yield.value(i);
    }
    return AsyncGen.done();
  }

  default Coro<Integer> twice(int x) {
    await(Aio.sleep(0));
    return Coro.done(2 * x);
  }

  default Coro<Boolean> isOdd(int x) {
    await(Aio.sleep(0));
    return Coro.done(x % 2 == 1);
  }

  /** {@code (await self.double(x) async for x in self.numbers(n))}. */
  default AsyncGen<Integer, Object, Void> doubled(Trace t, int n) {
    for (Integer x : Async.iter(numbers(t, n))) {
      Yield.value(await(twice(x)));
    }
    return AsyncGen.done();
  }

  default Coro<Void> main(Trace t) {
    List<Object> list = new ArrayList<>();
    for (Integer x : Async.iter(numbers(t, 3))) {
      list.add(x);
    }
    t.print("list:", list);

    List<Object> doubled = new ArrayList<>();
    for (Integer x : Async.iter(numbers(t, 3))) {
      doubled.add(await(twice(x)));
    }
    t.print("await in the element:", doubled);

    List<Object> odd = new ArrayList<>();
    for (Integer x : Async.iter(numbers(t, 5))) {
      if (await(isOdd(x))) {
        odd.add(x);
      }
    }
    t.print("await in the condition:", odd);

    Set<Integer> set = new HashSet<>();
    for (Integer x : Async.iter(numbers(t, 4))) {
      set.add(x % 2);
    }
    t.print("set:", Py.sorted(new ArrayList<>(set)));

    Map<Integer, Integer> dict = new LinkedHashMap<>();
    for (Integer x : Async.iter(numbers(t, 3))) {
      dict.put(x, await(twice(x)));
    }
    t.print("dict:", dict);

    List<Object> plain = new ArrayList<>();
    for (int x : new int[] {5, 6}) {
      plain.add(await(twice(x)));
    }
    t.print("await over a plain iterable:", plain);

    AsyncGen<Integer, Object, Void> gen = doubled(t, 2);
    t.print("generator expression:", Py.typeName(gen));
    List<Object> got = new ArrayList<>();
    for (Integer y : Async.iter(gen)) {
      got.add(y);
    }
    t.print("consumed:", got);
    return Coro.done();
  }
}
