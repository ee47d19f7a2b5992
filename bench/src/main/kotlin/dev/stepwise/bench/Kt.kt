package dev.stepwise.bench

import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.yield

/** The Kotlin contenders (kotlinx-coroutines), called from the Java benchmarks and mains. */
object Kt {
    /** G1: `sequence { for (i in 0 until n) yield(i) }`, consumed through its iterator like the others. */
    @JvmStatic
    fun count(n: Int): Iterator<Int> = sequence {
        for (i in 0 until n) yield(i)
    }.iterator()

    /**
     * C1: `tasks` coroutines each calling `yield()` `k` times, on runBlocking's single-threaded
     * event loop (the calling thread). Returns the number of switches.
     */
    @JvmStatic
    fun yieldSwitches(tasks: Int, k: Int): Int = runBlocking {
        repeat(tasks) {
            launch {
                repeat(k) { yield() }
            }
        }
        tasks * k
    }

    /**
     * C3: launches `n` coroutines that each `delay(millis)` on runBlocking's single-threaded loop,
     * yields once so that all have started and are suspended in delay, then hands the spawn time
     * (ns) to `measure` (which prints and exits the process).
     */
    @JvmStatic
    fun spawnSleeping(n: Int, millis: Long, measure: java.util.function.LongConsumer) = runBlocking {
        val t0 = System.nanoTime()
        repeat(n) {
            launch { delay(millis) }
        }
        yield()
        measure.accept(System.nanoTime() - t0)
    }
}
