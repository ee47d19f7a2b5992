package dev.stepwise.internal;

import dev.stepwise.Gen;
import dev.stepwise.GeneratorExit;
import dev.stepwise.StopIteration;
import java.util.Iterator;

/**
 * Drives the operand of a {@code Yield.from} following PEP 380's formal semantics: a null send is
 * {@code next()}, anything else {@code send}; an injected {@link GeneratorExit} closes the
 * delegate first and is then raised in the delegating generator; any other injected exception is
 * forwarded to the delegate's {@code throwInto} if it has one, else raised in the delegating
 * generator without closing the delegate.
 */
final class Delegation {
  private Delegation() {}

  /** Wraps a {@code Yield.from} operand into something {@link #resume} can drive. */
  static Object adapt(Object operand) {
    if (operand instanceof GenFrame) {
      return operand;
    }
    if (operand instanceof Gen) {
      return new GenDelegate((Gen<?, ?, ?>) operand);
    }
    if (operand instanceof Iterator) {
      return new IteratorDelegate((Iterator<?>) operand);
    }
    if (operand instanceof Iterable) {
      return new IteratorDelegate(((Iterable<?>) operand).iterator());
    }
    if (operand == null) {
      throw new NullPointerException("Yield.from(null): the operand must be a Gen, an Iterator or an Iterable");
    }
    throw new IllegalArgumentException(
        "Yield.from: '" + operand.getClass().getName() + "' object is not iterable");
  }

  /** The object the delegating generator's {@code yieldFrom()} reports. */
  static Object target(Object delegate) {
    if (delegate instanceof Adapter) {
      return ((Adapter) delegate).target();
    }
    return delegate;
  }

  /** The return value of a delegate that {@link #resume} reported finished. */
  static Object result(Object delegate) {
    if (delegate instanceof GenFrame) {
      return ((GenFrame<?, ?, ?>) delegate).stopValue();
    }
    return ((Adapter) delegate).result;
  }

  /**
   * Resumes the delegate.
   *
   * @return the value it yielded, or {@link GenFrame#FINISHED} when it returned
   * @throws Throwable what must be raised in the delegating generator at its {@code Yield.from}
   */
  static Object resume(Object delegate, Object send, Throwable injected) {
    if (delegate instanceof GenFrame) {
      GenFrame<?, ?, ?> g = (GenFrame<?, ?, ?>) delegate;
      if (injected instanceof GeneratorExit) {
        g.close();
        throw Sneaky.raise(injected);
      }
      return g.advance(send, injected);
    }
    return ((Adapter) delegate).resume(send, injected);
  }

  /** A delegate that is not a generated frame. */
  private abstract static class Adapter {
    Object result;

    abstract Object target();

    abstract Object resume(Object send, Throwable injected);
  }

  /** Any other {@link Gen} implementation, driven through its public methods. */
  private static final class GenDelegate extends Adapter {
    private final Gen<?, ?, ?> gen;

    GenDelegate(Gen<?, ?, ?> gen) {
      this.gen = gen;
    }

    @Override
    Object target() {
      return gen;
    }

    @Override
    @SuppressWarnings("unchecked")
    Object resume(Object send, Throwable injected) {
      if (injected instanceof GeneratorExit) {
        gen.close();
        throw Sneaky.raise(injected);
      }
      try {
        if (injected != null) {
          return gen.throwInto(injected);
        }
        if (send == null) {
          return gen.next();
        }
        return ((Gen<?, Object, ?>) gen).send(send);
      } catch (StopIteration stop) {
        result = stop.value();
        return GenFrame.FINISHED;
      }
    }
  }

  /**
   * A plain {@link Iterator}: it has no {@code send} or {@code throwInto}. It finishes when
   * {@code hasNext()} is false (value null) or when {@code next()} throws a {@link StopIteration}
   * (its value).
   */
  private static final class IteratorDelegate extends Adapter {
    private final Iterator<?> it;

    IteratorDelegate(Iterator<?> it) {
      this.it = it;
    }

    @Override
    Object target() {
      return it;
    }

    @Override
    Object resume(Object send, Throwable injected) {
      if (injected instanceof GeneratorExit) {
        if (it instanceof AutoCloseable) {
          try {
            ((AutoCloseable) it).close();
          } catch (Exception e) {
            throw Sneaky.raise(e);
          }
        }
        throw Sneaky.raise(injected);
      }
      if (injected != null) {
        throw Sneaky.raise(injected);
      }
      if (send != null) {
        throw new UnsupportedOperationException(
            "'" + it.getClass().getName() + "' object has no attribute 'send'");
      }
      try {
        if (!it.hasNext()) {
          return GenFrame.FINISHED;
        }
        return it.next();
      } catch (StopIteration stop) {
        result = stop.value();
        return GenFrame.FINISHED;
      }
    }
  }
}
