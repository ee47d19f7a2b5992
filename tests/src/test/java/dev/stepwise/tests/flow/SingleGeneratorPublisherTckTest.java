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
 * The Reactive Streams TCK against {@link Publishers#of} over one asynchronous generator, which
 * can have one subscriber: the TCK's optional multi-subscriber tests (rule 1.11) are skipped by the
 * TCK itself, since every later subscriber is rejected; the failed publisher is one whose
 * generator already has its subscriber.
 */
public class SingleGeneratorPublisherTckTest extends FlowPublisherVerification<Integer> {
  private EventLoop loop;
  private Thread loopThread;
  private final List<Map<String, Object>> reported = Collections.synchronizedList(new ArrayList<>());

  public SingleGeneratorPublisherTckTest() {
    super(new TestEnvironment(1000, 50), 300);
  }

  @BeforeClass
  public void startLoop() {
    loop = new EventLoop();
    loop.setExceptionHandler((l, context) -> reported.add(context));
    loopThread = new Thread(loop::runForever, "tck-loop-single");
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
    return Publishers.of(FlowGensSteps.INSTANCE.counting(elements), loop);
  }

  @Override
  public Flow.Publisher<Integer> createFailedFlowPublisher() {
    Flow.Publisher<Integer> publisher = Publishers.of(FlowGensSteps.INSTANCE.counting(3), loop);
    publisher.subscribe(new Flow.Subscriber<Integer>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.cancel();
      }

      @Override
      public void onNext(Integer item) {}

      @Override
      public void onError(Throwable e) {}

      @Override
      public void onComplete() {}
    });
    return publisher;
  }

  @Override
  public long maxElementsFromPublisher() {
    return Long.MAX_VALUE - 1;
  }
}
