package dev.stepwise.samples.network;

import static dev.stepwise.Async.await;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.stepwise.Coro;
import dev.stepwise.aio.Aio;
import dev.stepwise.aio.Connection;
import dev.stepwise.aio.Event;
import dev.stepwise.aio.Server;
import dev.stepwise.aio.StreamReader;
import dev.stepwise.aio.StreamWriter;
import dev.stepwise.aio.Task;
import dev.stepwise.annotations.Coroutine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line-based chat: a client sends "NAME &lt;name&gt;", then every line it sends is broadcast to
 * the others as "&lt;name&gt;: &lt;text&gt;" until it sends "QUIT". Three clients follow a script
 * whose steps each wait for the step before, so the output is the same on every run.
 */
@Coroutine
public interface Chat {
  /** One step of the script: who acts, how, and with what text. */
  record Step(String actor, String action, String text) {}

  /** The server's state: who is online, and the tasks serving them. */
  final class Room {
    final Map<String, StreamWriter> clients = new LinkedHashMap<>();
    final List<Task<?>> handlers = new ArrayList<>();
  }

  String[][] SCRIPT = {
    {"alice", "Hi everyone!"},
    {"bob", "Hello alice."},
    {"carol", "Hey, both of you."},
    {"carol", "I have to go, bye!"},
    {"carol", "QUIT"},
    {"alice", "Bye carol. Lunch, bob?"},
    {"bob", "Sure, see you there."},
    {"alice", "QUIT"},
    {"bob", "QUIT"},
  };
  List<String> NAMES = List.of("alice", "bob", "carol");

  /** The text as a UTF-8 line. */
  static byte[] line(String text) {
    return (text + "\n").getBytes(UTF_8);
  }

  /** A received line as text, without its line end. */
  static String text(byte[] line) {
    return new String(line, UTF_8).strip();
  }

  /** Python's {@code ChatServer.handle(reader, writer)}. */
  default Coro<Void> handle(Room room, StreamReader reader, StreamWriter writer) {
    room.handlers.add(Aio.currentTask());
    String hello = text(await(reader.readline()));
    String name = hello.startsWith("NAME ") ? hello.substring(5) : hello;
    room.clients.put(name, writer);
    System.out.println("[server] " + name + " joined (" + room.clients.size() + " online)");
    writer.write(line("Welcome, " + name + "! Online: " + String.join(", ", room.clients.keySet())));
    await(writer.drain());
    while (true) {
      byte[] received = await(reader.readline());
      String message = new String(received, UTF_8).replaceAll("\n$", "");
      if (received.length == 0 || message.equals("QUIT")) {
        break;
      }
      List<StreamWriter> others = new ArrayList<>();
      for (Map.Entry<String, StreamWriter> other : room.clients.entrySet()) {
        if (!other.getKey().equals(name)) {
          other.getValue().write(line(name + ": " + message));
          others.add(other.getValue());
        }
      }
      for (StreamWriter w : others) {
        await(w.drain());
      }
    }
    room.clients.remove(name);
    System.out.println("[server] " + name + " left (" + room.clients.size() + " online)");
    writer.close();
    await(writer.waitClosed());
    return Coro.done();
  }

  /** The script as steps; after each message, a receive step for every other client online. */
  static List<Step> steps() {
    List<Step> result = new ArrayList<>();
    for (String name : NAMES) {
      result.add(new Step(name, "join", null));
    }
    List<String> online = new ArrayList<>(NAMES);
    for (String[] entry : SCRIPT) {
      String name = entry[0];
      String text = entry[1];
      if (text.equals("QUIT")) {
        result.add(new Step(name, "quit", null));
        online.remove(name);
      } else {
        result.add(new Step(name, "send", text));
        for (String other : online) {
          if (!other.equals(name)) {
            result.add(new Step(other, "receive", null));
          }
        }
      }
    }
    return result;
  }

  /** Python's {@code client(name, port, plan, turns)}: plays this client's steps in turn. */
  default Coro<Void> client(String name, int port, List<Step> plan, List<Event> turns) {
    Connection conn = null;
    for (int i = 0; i < plan.size(); i++) {
      Step step = plan.get(i);
      if (!step.actor().equals(name)) {
        continue;
      }
      await(turns.get(i).waitAsync());
      switch (step.action()) {
        case "join":
          conn = await(Aio.openConnection("127.0.0.1", port));
          conn.writer().write(line("NAME " + name));
          await(conn.writer().drain());
          System.out.println(name + " <- " + text(await(conn.reader().readline())));
          break;
        case "send":
          System.out.println(name + " -> " + step.text());
          conn.writer().write(line(step.text()));
          await(conn.writer().drain());
          break;
        case "receive":
          System.out.println(name + " <- " + text(await(conn.reader().readline())));
          break;
        default:
          System.out.println(name + " -> QUIT");
          conn.writer().write(line("QUIT"));
          await(conn.writer().drain());
          await(conn.reader().read()); // empty once the server has closed the connection
          conn.writer().close();
          await(conn.writer().waitClosed());
          System.out.println(name + " disconnected");
      }
      turns.get(i + 1).set();
    }
    return Coro.done();
  }

  /** Python's {@code main()}. */
  default Coro<Void> main() {
    Room room = new Room();
    Server server = await(Aio.startServer((reader, writer) -> handle(room, reader, writer), "127.0.0.1", 0));
    int port = server.port();
    List<Step> plan = steps();
    List<Event> turns = new ArrayList<>();
    for (int i = 0; i <= plan.size(); i++) {
      turns.add(new Event());
    }
    turns.get(0).set();
    List<Coro<Void>> clients = new ArrayList<>();
    for (String name : NAMES) {
      clients.add(client(name, port, plan, turns));
    }
    await(Aio.gather(clients));
    await(Aio.gather(room.handlers));
    server.close();
    await(server.waitClosed());
    System.out.println("[server] closed");
    return Coro.done();
  }
}
