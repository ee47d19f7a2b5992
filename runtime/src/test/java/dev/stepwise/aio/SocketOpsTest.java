package dev.stepwise.aio;

import static dev.stepwise.aio.Scripted.await;
import static dev.stepwise.aio.Scripted.done;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stepwise.internal.CoroFrame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link EventLoop#sockRecv}, {@link EventLoop#sockSendall}, {@link EventLoop#sockAccept} and
 * {@link EventLoop#sockConnect}: Python's {@code loop.sock_recv}, {@code loop.sock_sendall},
 * {@code loop.sock_accept} and {@code loop.sock_connect}, on real non-blocking channels on
 * 127.0.0.1 with ephemeral ports. Every test is bounded in time by {@link Timeout}; every receive
 * loop by the number of bytes it expects (each non-empty receive brings at least one).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SocketOpsTest {
  private static final InetSocketAddress ANY_LOOPBACK = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  private final List<java.nio.channels.Channel> opened = new ArrayList<>();

  @AfterEach
  void closeEverything() throws IOException {
    for (java.nio.channels.Channel c : opened) {
      c.close();
    }
  }

  private ServerSocketChannel server() throws IOException {
    ServerSocketChannel server = ServerSocketChannel.open();
    opened.add(server);
    server.bind(ANY_LOOPBACK, 1024);
    server.configureBlocking(false);
    return server;
  }

  private SocketChannel client() throws IOException {
    SocketChannel ch = SocketChannel.open();
    opened.add(ch);
    ch.configureBlocking(false);
    return ch;
  }

  private static InetSocketAddress addressOf(ServerSocketChannel server) throws IOException {
    return (InetSocketAddress) server.getLocalAddress();
  }

  /**
   * A hand-written coroutine whose steps choose the step after them, so it can loop: a step returns
   * {@link #then(int, Object)} (await the operand, then run that step) or {@link #finish(Object)}.
   * An exception thrown into it is rethrown unless the step handles it.
   */
  static final class Machine<R> extends CoroFrame<R> {
    interface Body {
      Object step(int state, Object sent, Throwable injected) throws Throwable;
    }

    private static final class Then {
      final int next;
      final Object operand;

      Then(int next, Object operand) {
        this.next = next;
        this.operand = operand;
      }
    }

    private final String name;
    private final Body body;
    private final int maxSteps;
    private int steps;

    Machine(String name, int maxSteps, Body body) {
      this.name = name;
      this.body = body;
      this.maxSteps = maxSteps;
    }

    private static final class Finish {
      final Object value;

      Finish(Object value) {
        this.value = value;
      }
    }

    static Object then(int next, Object operand) {
      return new Then(next, operand);
    }

    static Object finish(Object value) {
      return new Finish(value);
    }

    @Override
    protected int $resume(Throwable injected) throws Throwable {
      if (++steps > maxSteps) {
        throw new AssertionError(name + " took more than " + maxSteps + " steps");
      }
      Object r = body.step($state, $sent, injected);
      if (r instanceof Then) {
        $state = ((Then) r).next;
        $awaiting = ((Then) r).operand;
        return $AWAIT;
      }
      $result = ((Finish) r).value;
      return $RETURN;
    }

    @Override
    public String name() {
      return name;
    }
  }

  /** Echoes everything it receives on {@code conn} until EOF, then closes it; returns the byte count. */
  private static Machine<Long> echoHandler(EventLoop loop, SocketChannel conn) {
    long[] total = {0};
    return new Machine<>("echo", 100_000, (state, sent, injected) -> {
      if (injected != null) {
        throw injected;
      }
      switch (state) {
        case 0:
          return Machine.then(1, loop.sockRecv(conn, 4096));
        default:
          byte[] data = (byte[]) sent;
          if (data.length == 0) {
            conn.close();
            return Machine.finish(total[0]);
          }
          total[0] += data.length;
          return Machine.then(0, loop.sockSendall(conn, data));
      }
    });
  }

  /** Accepts {@code count} connections and starts an echo handler task for each. */
  private static Machine<Integer> acceptor(EventLoop loop, ServerSocketChannel server, int count, List<Task<?>> handlers) {
    return new Machine<>("acceptor", count + 1, (state, sent, injected) -> {
      if (injected != null) {
        throw injected;
      }
      if (state == 1) {
        SocketChannel conn = (SocketChannel) sent;
        assertFalse(conn.isBlocking(), "the accepted channel is non-blocking");
        handlers.add(loop.createTask(echoHandler(loop, conn), "handler-" + handlers.size()));
        if (handlers.size() == count) {
          return Machine.finish(count);
        }
      }
      return Machine.then(1, loop.sockAccept(server));
    });
  }

  /**
   * Connects, sends {@code payload}, reads the echo until it has as many bytes, half-closes and
   * waits for the server's EOF; returns what came back.
   */
  private static Machine<byte[]> echoClient(EventLoop loop, SocketChannel ch, InetSocketAddress address, byte[] payload) {
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    return new Machine<>("client", payload.length + 10, (state, sent, injected) -> {
      if (injected != null) {
        throw injected;
      }
      switch (state) {
        case 0:
          return Machine.then(1, loop.sockConnect(ch, address));
        case 1:
          return Machine.then(2, loop.sockSendall(ch, payload));
        case 2:
          return Machine.then(3, loop.sockRecv(ch, 8192));
        case 3:
          byte[] got = (byte[]) sent;
          if (got.length == 0) {
            throw new AssertionError("EOF after " + back.size() + " of " + payload.length + " bytes");
          }
          back.write(got, 0, got.length);
          if (back.size() < payload.length) {
            return Machine.then(3, loop.sockRecv(ch, 8192));
          }
          ch.shutdownOutput();
          return Machine.then(4, loop.sockRecv(ch, 8192));
        default:
          assertEquals(0, ((byte[]) sent).length, "the server closes after our EOF, sending nothing more");
          ch.close();
          return Machine.finish(back.toByteArray());
      }
    });
  }

  @Test
  void anEchoRoundTripBetweenAServerCoroutineAndAClientCoroutine() throws IOException {
    ServerSocketChannel server = server();
    InetSocketAddress address = addressOf(server);
    SocketChannel ch = client();
    byte[] hello = "hello, loop".getBytes(StandardCharsets.UTF_8);
    List<Task<?>> handlers = new ArrayList<>();
    Object[] results = new Object[2];
    Aio.run(new Scripted<>("main",
        (v, e) -> {
          EventLoop loop = EventLoop.running();
          Task<Integer> accepting = loop.createTask(acceptor(loop, server, 1, handlers));
          Task<byte[]> client = loop.createTask(echoClient(loop, ch, address, hello));
          return await(Aio.gather(accepting, client));
        },
        (v, e) -> {
          results[0] = ((List<?>) v).get(1);
          return await(handlers.get(0));
        },
        (v, e) -> {
          results[1] = v;
          return done(null);
        }), Clock.SYSTEM);
    assertArrayEquals(hello, (byte[]) results[0]);
    assertEquals((long) hello.length, results[1], "the handler echoed every byte, then saw EOF");
  }

  @Test
  void twoHundredConcurrentClientsEachGetTheirChecksummedPayloadBack() throws IOException {
    int clients = 200;
    ServerSocketChannel server = server();
    InetSocketAddress address = addressOf(server);
    Random random = new Random(4);
    List<byte[]> payloads = new ArrayList<>();
    List<Long> checksums = new ArrayList<>();
    List<SocketChannel> channels = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      byte[] p = new byte[2048 + random.nextInt(6 * 1024)];
      random.nextBytes(p);
      payloads.add(p);
      checksums.add(crc(p));
      channels.add(client());
    }
    List<Task<?>> handlers = new ArrayList<>();
    Object[] results = new Object[2];
    Aio.run(new Scripted<>("main",
        (v, e) -> {
          EventLoop loop = EventLoop.running();
          List<Task<?>> all = new ArrayList<>();
          all.add(loop.createTask(acceptor(loop, server, clients, handlers)));
          for (int i = 0; i < clients; i++) {
            all.add(loop.createTask(echoClient(loop, channels.get(i), address, payloads.get(i)), "client-" + i));
          }
          return await(Aio.gather(all));
        },
        (v, e) -> {
          results[0] = v;
          return await(Aio.gather(handlers));
        },
        (v, e) -> {
          results[1] = v;
          return done(null);
        }), Clock.SYSTEM);
    List<?> outcomes = (List<?>) results[0];
    assertEquals(clients, outcomes.get(0));
    long total = 0;
    for (int i = 0; i < clients; i++) {
      byte[] back = (byte[]) outcomes.get(i + 1);
      assertEquals(payloads.get(i).length, back.length, "client " + i + " got as many bytes as it sent");
      assertEquals(checksums.get(i), crc(back), "client " + i + "'s checksum");
      assertArrayEquals(payloads.get(i), back, "client " + i + "'s bytes");
      total += back.length;
    }
    long echoed = 0;
    for (Object n : (List<?>) results[1]) {
      echoed += (Long) n;
    }
    assertEquals(total, echoed, "the handlers together echoed every byte");
  }

  private static long crc(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }

  @Test
  void aRecvCancelledWhileWaitingLeavesTheKeyWithNoInterestAndTheChannelUsable() throws IOException {
    ServerSocketChannel server = server();
    SocketChannel ch = client();
    List<Object> seen = new ArrayList<>();
    Aio.run(new Scripted<>("main",
        (v, e) -> await(EventLoop.running().sockConnect(ch, addressOf(server))),
        (v, e) -> await(EventLoop.running().sockAccept(server)),
        (v, e) -> {
          opened.add((SocketChannel) v);
          seen.add(v);
          EventLoop loop = EventLoop.running();
          Task<byte[]> reader = loop.createTask(new Scripted<>("reader",
              (v2, e2) -> await(loop.sockRecv(ch, 100)),
              (v2, e2) -> {
                if (e2 != null) {
                  throw e2;
                }
                return done(v2);
              }));
          seen.add(reader);
          return await(Aio.sleep(0));
        },
        (v, e) -> {
          EventLoop loop = EventLoop.running();
          SelectionKey key = ch.keyFor(loop.selector());
          assertNotNull(key, "the waiting recv registered the channel");
          assertEquals(SelectionKey.OP_READ, key.interestOps(), "read interest while the task waits");
          ((Task<?>) seen.get(1)).cancel();
          return await(seen.get(1));
        },
        (v, e) -> {
          assertInstanceOf(CancelledError.class, e, "the reader was cancelled");
          EventLoop loop = EventLoop.running();
          SelectionKey key = ch.keyFor(loop.selector());
          assertTrue(key.isValid());
          assertEquals(0, key.interestOps(), "no stale read interest after the cancellation");
          // The key is reused: the next recv registers again and gets the data.
          SocketChannel conn = (SocketChannel) seen.get(0);
          Future<byte[]> recv = loop.sockRecv(ch, 100);
          assertFalse(recv.done(), "nothing sent yet: the recv waits");
          assertEquals(SelectionKey.OP_READ, key.interestOps());
          seen.add(recv);
          return await(loop.sockSendall(conn, new byte[] {1, 2, 3}));
        },
        (v, e) -> await(seen.get(2)),
        (v, e) -> {
          assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) v);
          return await(Aio.sleep(0)); // the done callback that removes the interest has run
        },
        (v, e) -> {
          assertEquals(0, ch.keyFor(EventLoop.running().selector()).interestOps());
          return done(null);
        }), Clock.SYSTEM);
  }

  @Test
  void aRefusedConnectionIsRaisedAtTheAwaitAsUncheckedIoExceptionWithTheCause() throws IOException {
    InetSocketAddress nobody;
    try (ServerSocketChannel probe = ServerSocketChannel.open()) {
      probe.bind(ANY_LOOPBACK);
      nobody = addressOf(probe);
    }
    SocketChannel ch = client();
    Object raised = Aio.run(new Scripted<>("main",
        (v, e) -> await(EventLoop.running().sockConnect(ch, nobody)),
        (v, e) -> done(e)), Clock.SYSTEM);
    assertInstanceOf(UncheckedIOException.class, raised);
    assertInstanceOf(ConnectException.class, ((Throwable) raised).getCause(), "the cause is kept");
    assertTrue(((Throwable) raised).getMessage().startsWith("sockConnect to " + nobody + " failed"),
        ((Throwable) raised).getMessage());
  }

  @Test
  void endOfStreamGivesAnEmptyArray() throws IOException {
    ServerSocketChannel server = server();
    SocketChannel ch = client();
    List<Object> seen = new ArrayList<>();
    Aio.run(new Scripted<>("main",
        (v, e) -> await(EventLoop.running().sockConnect(ch, addressOf(server))),
        (v, e) -> await(EventLoop.running().sockAccept(server)),
        (v, e) -> {
          EventLoop loop = EventLoop.running();
          SocketChannel conn = (SocketChannel) v;
          opened.add(conn);
          Future<byte[]> recv = loop.sockRecv(ch, 10); // waits: nothing sent yet
          seen.add(recv.done());
          loop.callSoon(() -> {
            try {
              conn.write(java.nio.ByteBuffer.wrap(new byte[] {42}));
              conn.close();
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
          return await(recv);
        },
        (v, e) -> {
          seen.add(Arrays.toString((byte[]) v));
          return await(EventLoop.running().sockRecv(ch, 10));
        },
        (v, e) -> {
          seen.add(((byte[]) v).length);
          return await(EventLoop.running().sockRecv(ch, 10));
        },
        (v, e) -> {
          seen.add(((byte[]) v).length);
          return done(null);
        }), Clock.SYSTEM);
    assertEquals(List.of(false, "[42]", 0, 0), seen, "the data, then EOF, and EOF again");
  }

  @Test
  void aClosedChannelFailsTheOperationBeforeAndWhileWaiting() throws IOException {
    ServerSocketChannel server = server();
    SocketChannel ch = client();
    List<Object> seen = new ArrayList<>();
    Aio.run(new Scripted<>("main",
        (v, e) -> await(EventLoop.running().sockConnect(ch, addressOf(server))),
        (v, e) -> await(EventLoop.running().sockAccept(server)),
        (v, e) -> {
          opened.add((SocketChannel) v);
          EventLoop loop = EventLoop.running();
          Future<byte[]> recv = loop.sockRecv(ch, 10);
          loop.callSoon(() -> {
            try {
              ch.close();
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
          return await(recv);
        },
        (v, e) -> {
          seen.add(e);
          return await(EventLoop.running().sockSendall(ch, new byte[] {1}));
        },
        (v, e) -> {
          seen.add(e);
          return done(null);
        }), Clock.SYSTEM);
    for (Object raised : seen) {
      assertInstanceOf(UncheckedIOException.class, raised);
      assertInstanceOf(ClosedChannelException.class, ((Throwable) raised).getCause());
    }
    assertTrue(((Throwable) seen.get(0)).getMessage().startsWith("sockRecv failed"));
    assertTrue(((Throwable) seen.get(1)).getMessage().startsWith("sockSendall failed"));
  }

  @Test
  void aSendallThatMustWaitSendsEveryByteAndTheCallerMayReuseItsArray() throws IOException {
    ServerSocketChannel server = server();
    SocketChannel ch = client();
    byte[] data = new byte[16 << 20];
    new Random(16).nextBytes(data);
    byte[] expected = data.clone();
    List<Object> seen = new ArrayList<>();
    Aio.run(new Scripted<>("main",
        (v, e) -> await(EventLoop.running().sockConnect(ch, addressOf(server))),
        (v, e) -> await(EventLoop.running().sockAccept(server)),
        (v, e) -> {
          EventLoop loop = EventLoop.running();
          SocketChannel conn = (SocketChannel) v;
          opened.add(conn);
          Future<Void> sending = loop.sockSendall(ch, data);
          seen.add(sending.done());
          Arrays.fill(data, (byte) 0); // what is left to send was copied
          ByteArrayOutputStream got = new ByteArrayOutputStream();
          Task<byte[]> reader = loop.createTask(new Machine<byte[]>("reader", expected.length, (state, sent, injected) -> {
            if (injected != null) {
              throw injected;
            }
            if (state == 1) {
              byte[] chunk = (byte[]) sent;
              assertTrue(chunk.length > 0, "no EOF before every byte");
              got.write(chunk, 0, chunk.length);
              if (got.size() == expected.length) {
                return Machine.finish(got.toByteArray());
              }
            }
            return Machine.then(1, loop.sockRecv(conn, 1 << 16));
          }));
          return await(Aio.gather(sending, reader));
        },
        (v, e) -> {
          seen.add(((List<?>) v).get(1));
          return done(null);
        }), Clock.SYSTEM);
    assertEquals(false, seen.get(0), "16 MiB do not fit the socket buffers: the sendall waited");
    assertArrayEquals(expected, (byte[]) seen.get(1));
  }

  @Test
  void aResetByThePeerIsRaisedAtTheAwait() throws IOException {
    ServerSocketChannel server = server();
    SocketChannel ch = client();
    Object raised = Aio.run(new Scripted<>("main",
        (v, e) -> await(EventLoop.running().sockConnect(ch, addressOf(server))),
        (v, e) -> await(EventLoop.running().sockAccept(server)),
        (v, e) -> {
          EventLoop loop = EventLoop.running();
          SocketChannel conn = (SocketChannel) v;
          Future<byte[]> recv = loop.sockRecv(ch, 10);
          conn.setOption(java.net.StandardSocketOptions.SO_LINGER, 0);
          conn.close(); // an RST instead of a FIN
          return await(recv);
        },
        (v, e) -> done(e != null ? e : v)), Clock.SYSTEM);
    assertInstanceOf(UncheckedIOException.class, raised);
    assertInstanceOf(IOException.class, ((Throwable) raised).getCause());
    assertTrue(((Throwable) raised).getMessage().startsWith("sockRecv failed: "), ((Throwable) raised).getMessage());
  }

  @Test
  void aBlockingChannelIsRefused() throws IOException {
    SocketChannel blocking = SocketChannel.open();
    opened.add(blocking);
    EventLoop loop = new EventLoop(new VirtualClock());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> loop.sockRecv(blocking, 1));
    assertEquals("sockRecv: the channel must be non-blocking", e.getMessage());
    loop.close();
  }

  @Test
  void aVirtualClockStillJumpsWhenRegisteredChannelsHaveNoWaiter() throws IOException {
    ServerSocketChannel server = server();
    SocketChannel ch = client();
    VirtualClock clock = new VirtualClock();
    long start = System.nanoTime();
    Object after = Aio.run(new Scripted<>("main",
        (v, e) -> await(EventLoop.running().sockConnect(ch, addressOf(server))),
        (v, e) -> await(EventLoop.running().sockAccept(server)),
        (v, e) -> {
          SocketChannel conn = (SocketChannel) v;
          opened.add(conn);
          EventLoop loop = EventLoop.running();
          Future<byte[]> recv = loop.sockRecv(ch, 1);
          assertFalse(recv.done(), "nothing sent yet: the recv registers the key and waits");
          loop.callSoon(() -> {
            try {
              conn.write(java.nio.ByteBuffer.wrap(new byte[] {7}));
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
          return await(recv);
        },
        (v, e) -> {
          SelectionKey key = ch.keyFor(EventLoop.running().selector());
          assertTrue(key.isValid() && key.interestOps() == 0, "registered, nobody waits");
          return await(Aio.sleep(3600));
        },
        (v, e) -> done(EventLoop.running().time())), clock);
    assertTrue((Double) after >= 3600, "the clock jumped: " + after);
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "without waiting in real time");
  }
}
