package dev.stepwise.tests.flow;

import dev.stepwise.aio.EventLoop;
import dev.stepwise.aio.Publishers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.reactivestreams.tck.TestEnvironment;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;

/**
 * The Reactive Streams TCK (TestNG, run on the JUnit Platform by testng-engine) against
 * {@link Publishers#of}: each subscriber of a publisher gets a fresh counting asynchronous
 * generator ({@link FlowGens#counting}, which awaits the loop before each yield), on a loop that
 * runs on a thread of its own for the whole class.
 */
public class AsyncGenPublisherTckTest extends FlowPublisherVerification<Integer> {
  private EventLoop loop;
  private Thread loopThread;
  private final List<Map<String, Object>> reported = Collections.synchronizedList(new ArrayList<>());

  public AsyncGenPublisherTckTest() {
    // Expected signals may take up to 1 s on a loaded machine; "no more signals" waits 50 ms each.
    super(new TestEnvironment(1000, 50), 300);
  }

  @BeforeClass
  public void startLoop() {
    loop = new EventLoop();
    loop.setExceptionHandler((l, context) -> reported.add(context));
    loopThread = new Thread(loop::runForever, "tck-loop");
    loopThread.setDaemon(true);
    loopThread.start();
  }

  @AfterClass(alwaysRun = true)
  public void stopLoop() throws InterruptedException {
    loop.callSoonThreadsafe(loop::stop);
    loopThread.join(10_000);
    loop.runUntilComplete(loop.shutdownAsyncgens());
    loop.close();
    if (!reported.isEmpty()) {
      throw new AssertionError("reported to the loop's exception handler: " + reported);
    }
  }

  @Override
  public Flow.Publisher<Integer> createFlowPublisher(long elements) {
    return Publishers.of(() -> FlowGensSteps.INSTANCE.counting(elements), loop);
  }

  /** A publisher whose every subscriber is rejected: its source cannot give an iterator. */
  @Override
  public Flow.Publisher<Integer> createFailedFlowPublisher() {
    return Publishers.of(() -> {
      throw new IllegalStateException("no iterator for you");
    }, loop);
  }

  /** The counting generator is lazy: any count works (Long.MAX_VALUE would mean endless). */
  @Override
  public long maxElementsFromPublisher() {
    return Long.MAX_VALUE - 1;
  }
}
