package dev.stepwise.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * N1's load client, the same for every server: one thread, its own Selector, {@code conns}
 * connections each sending a {@code size}-byte message, waiting for all of it to come back, and
 * sending the next (one message in flight per connection). After {@code warmup} seconds it counts
 * round trips for {@code measure} seconds and reads the server process's CPU time (utime + stime of
 * /proc/PID/stat) at both ends of that window. Prints one {@code RESULT} line. Bounded: it stops
 * at the end of the window whatever happens.
 *
 * <p>Usage: {@code EchoLoad PORT CONNS SIZE WARMUP_S MEASURE_S SERVER_PID LABEL}
 */
public final class EchoLoad {
  private EchoLoad() {}

  static final class Conn {
    final ByteBuffer out;
    final ByteBuffer in;

    Conn(int size) {
      out = ByteBuffer.allocateDirect(size);
      in = ByteBuffer.allocateDirect(size);
      for (int i = 0; i < size; i++) {
        out.put((byte) ('a' + i % 26));
      }
      out.flip();
    }
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int conns = Integer.parseInt(args[1]);
    int size = Integer.parseInt(args[2]);
    double warmup = Double.parseDouble(args[3]);
    double measure = Double.parseDouble(args[4]);
    long pid = Long.parseLong(args[5]);
    String label = args[6];
    long ticks = 100; // USER_HZ; the driver checks getconf CLK_TCK
    if (args.length > 7) {
      ticks = Long.parseLong(args[7]);
    }

    try (Selector sel = Selector.open()) {
      for (int i = 0; i < conns; i++) {
        SocketChannel c = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        c.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
        c.configureBlocking(false);
        Conn conn = new Conn(size);
        c.write(conn.out);
        c.register(sel, conn.out.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ, conn);
      }
      long start = System.nanoTime();
      long measureStart = start + (long) (warmup * 1e9);
      long end = measureStart + (long) (measure * 1e9);
      boolean measuring = false;
      long count = 0;
      long cpu0 = 0;
      long t0 = 0;
      while (true) {
        long now = System.nanoTime();
        if (!measuring && now >= measureStart) {
          measuring = true;
          count = 0;
          cpu0 = cpuTicks(pid);
          t0 = now;
        }
        if (now >= end) {
          break;
        }
        sel.select(50);
        Iterator<SelectionKey> it = sel.selectedKeys().iterator();
        while (it.hasNext()) {
          SelectionKey key = it.next();
          it.remove();
          SocketChannel c = (SocketChannel) key.channel();
          Conn conn = (Conn) key.attachment();
          if (key.isWritable()) {
            c.write(conn.out);
            if (!conn.out.hasRemaining()) {
              key.interestOps(SelectionKey.OP_READ);
            }
            continue;
          }
          if (c.read(conn.in) < 0) {
            throw new IOException("the server closed a connection");
          }
          if (!conn.in.hasRemaining()) {
            count++;
            conn.in.clear();
            conn.out.rewind();
            c.write(conn.out);
            if (conn.out.hasRemaining()) {
              key.interestOps(SelectionKey.OP_WRITE);
            }
          }
        }
      }
      long t1 = System.nanoTime();
      long cpu1 = cpuTicks(pid);
      double secs = (t1 - t0) / 1e9;
      double cpu = (cpu1 - cpu0) / (double) ticks;
      System.out.printf(
          "RESULT {\"workload\":\"N1\",\"contender\":\"%s\",\"round_trips\":%d,\"seconds\":%.3f,\"rt_per_s\":%.1f,\"server_cpu_s\":%.3f,\"rt_per_cpu_s\":%.1f}%n",
          label, count, secs, count / secs, cpu, cpu > 0 ? count / cpu : 0.0);
    }
  }

  /** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
  static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }
}
