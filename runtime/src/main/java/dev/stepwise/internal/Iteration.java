package dev.stepwise.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The iterator behind an enhanced {@code for} statement that contains a suspension point; not for
 * users. javac picks the overload from the static type of the loop expression, so the generated
 * code needs no type information. Arrays are read lazily by index, so writes to later elements
 * made during the loop are seen, as JLS 14.14.2 specifies.
 */
public final class Iteration {
  private Iteration() {}

  /** The iterator of an {@link Iterable} (null throws NullPointerException, as the loop would). */
  public static <T> Iterator<T> of(Iterable<T> iterable) {
    return iterable.iterator();
  }

  /** Iterates an object array by index. */
  public static <T> Iterator<T> of(T[] array) {
    int n = array.length;
    return new Indexed<>(n, i -> array[i]);
  }

  /** Iterates an int array by index. */
  public static Iterator<Integer> of(int[] array) {
    return new Indexed<>(array.length, i -> array[i]);
  }

  /** Iterates a long array by index. */
  public static Iterator<Long> of(long[] array) {
    return new Indexed<>(array.length, i -> array[i]);
  }

  /** Iterates a double array by index. */
  public static Iterator<Double> of(double[] array) {
    return new Indexed<>(array.length, i -> array[i]);
  }

  /** Iterates a float array by index. */
  public static Iterator<Float> of(float[] array) {
    return new Indexed<>(array.length, i -> array[i]);
  }

  /** Iterates a short array by index. */
  public static Iterator<Short> of(short[] array) {
    return new Indexed<>(array.length, i -> array[i]);
  }

  /** Iterates a byte array by index. */
  public static Iterator<Byte> of(byte[] array) {
    return new Indexed<>(array.length, i -> array[i]);
  }

  /** Iterates a char array by index. */
  public static Iterator<Character> of(char[] array) {
    return new Indexed<>(array.length, i -> array[i]);
  }

  /** Iterates a boolean array by index. */
  public static Iterator<Boolean> of(boolean[] array) {
    return new Indexed<>(array.length, i -> array[i]);
  }

  private static final class Indexed<T> implements Iterator<T> {
    private final int length;
    private final java.util.function.IntFunction<T> element;
    private int next;

    Indexed(int length, java.util.function.IntFunction<T> element) {
      this.length = length;
      this.element = element;
    }

    @Override
    public boolean hasNext() {
      return next < length;
    }

    @Override
    public T next() {
      if (next >= length) {
        throw new NoSuchElementException();
      }
      return element.apply(next++);
    }
  }
}
